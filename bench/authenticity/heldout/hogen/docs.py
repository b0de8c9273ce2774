"""Renderers for voucher-like documents. Each returns (rgb uint8, fields, info).

`lrng` drives layout/template choices and `crng` the content, so two documents can
share a template but differ in content ("distinct but similar" pairs)."""
from __future__ import annotations

import numpy as np

from . import content as C
from .docs_common import Doc, pick_faces

MM = 200 / 25.4  # document raster: 200 dpi (vehicle licence: 500 dpi)
KINDS = ["business_licence", "vat_special_invoice", "bank_statement", "sales_contract",
         "lease_contract", "vehicle_licence"]


def _m(v):
    return int(round(v * MM))


def business_licence(lrng, crng):
    doc = Doc(_m(297), _m(210), lrng, pick_faces(lrng))
    W, H = doc.w, doc.h
    frame = tuple(int(v) for v in lrng.integers([150, 90, 20], [200, 140, 60]))
    doc.guilloche((0, 0, W, H), (200, 170, 120), strength=float(lrng.uniform(0.25, 0.5)))
    for i, wd in enumerate([10, 3]):
        doc.rect((_m(8 + 3 * i), _m(8 + 3 * i), W - _m(8 + 3 * i), H - _m(8 + 3 * i)), frame, wd)
    # emblem-like badge, halftone printed
    r = _m(16)
    yy, xx = np.mgrid[0:2 * r, 0:2 * r]
    disk = np.hypot(xx - r, yy - r) < r
    patch = np.full((2 * r, 2 * r, 3), 255, np.uint8)
    patch[disk] = (int(lrng.integers(190, 230)), int(lrng.integers(30, 80)), 40)
    patch[np.hypot(xx - r, yy - r) < r * .55] = (240, 200, 60)
    doc.halftone_fill((W // 2 - r, _m(16)), patch, float(lrng.uniform(2.2, 3.6)))
    doc.text((W / 2, _m(58)), "营 业 执 照", _m(15), "title", fill=(20, 20, 20), anchor="mm")
    doc.text((W / 2, _m(72)), "（副    本）", _m(5), "body", anchor="mm")
    doc.qr(W - _m(55), _m(22), max(3, _m(1.1)))
    doc.text((_m(30), _m(84)), "统一社会信用代码  " + C.credit_code(crng), _m(4.2), key="code")
    x0, xv, y = _m(35), _m(70), _m(100)
    cap = float(crng.choice([50, 100, 200, 300, 500, 1000, 2000, 5000]))
    rows = [("名        称", C.company(crng), None), ("类        型", "有限责任公司（自然人投资或控股）", None),
            ("法定代表人", C.person(crng), "person"), ("注 册 资 本", f"人民币{cap:g}万元整", "amount"),
            ("成 立 日 期", C.date(crng, 2005, 2023), "date"), ("营 业 期 限", "长期", None),
            ("住        所", C.address(crng), "address")]
    fs = _m(4.3)
    for lab, val, key in rows:
        doc.text((x0, y), lab, fs, "label")
        doc.text((xv, y), val, fs, "body", key=key)
        y += fs * 2.1
    doc.text((_m(165), _m(100)), "经 营 范 围", fs, "label")
    scope = "".join(crng.choice(C.SCOPES, size=int(crng.integers(2, 5)), replace=False))
    doc.wrap(_m(195), _m(100), scope + "（依法须经批准的项目，经相关部门批准后方可开展经营活动）", fs, _m(80))
    doc.text((_m(190), _m(172)), "登记机关", fs, "label")
    doc.text((_m(215), _m(186)), C.date(crng, 2018, 2025), fs, "body", key="issue_date")
    doc.stamp(_m(232), _m(176), _m(40), C.choice(crng, C.CITIES) + "市市场监督管理局", bottom="")
    return doc, lrng.choice(["plain", "laid", "plain"]), (252, 249, 240)


def vat_special_invoice(lrng, crng):
    doc = Doc(_m(240), _m(140), lrng, pick_faces(lrng))
    W, H = doc.w, doc.h
    ink = [(150, 90, 60), (60, 120, 90), (90, 100, 140)][int(lrng.integers(3))]
    if lrng.random() < 0.7:
        doc.guilloche((_m(10), _m(28), W - _m(10), H - _m(12)), (170, 210, 190), float(lrng.uniform(.15, .35)))
    prov = C.choice(crng, C.CITIES)
    doc.text((W / 2, _m(12)), f"{prov}增值税专用发票", _m(7), "title", fill=ink, anchor="mm")
    doc.hline(W / 2 - _m(40), W / 2 + _m(40), _m(19), ink, 3)
    doc.hline(W / 2 - _m(40), W / 2 + _m(40), _m(20.3), ink, 2)
    doc.stamp(W // 2, _m(12), _m(30), "全国统一发票监制章", mid=prov, oval=True, key="seal_top")
    doc.qr(_m(12), _m(5), max(3, _m(0.75)))
    doc.text((W - _m(70), _m(8)), "No " + C.digits(crng, 8), _m(5), "num", fill=(170, 40, 40), key="number")
    doc.text((W - _m(70), _m(20)), "开票日期：", _m(3), "label", fill=ink)
    doc.text((W - _m(52), _m(20)), C.date(crng, 2019, 2025), _m(3.2), "body", key="date")
    x0, y0 = _m(10), _m(28)
    cw = [_m(8), _m(62), _m(28), _m(12), _m(16), _m(22), _m(30), _m(14), _m(28)]
    rh = [_m(20), _m(6)] + [_m(6)] * 5 + [_m(7), _m(8), _m(20)]
    xs, ys = doc.table(x0, y0, cw, rh, ink, 2)
    lab = _m(2.8)
    doc.text((xs[1] + 6, ys[0] + 8), "购买方  名称：" + C.company(crng), _m(3), "body")
    doc.text((xs[1] + 6, ys[0] + _m(7)), "纳税人识别号：" + C.credit_code(crng), _m(3), "body")
    doc.text((xs[1] + 6, ys[0] + _m(13)), "地址、电话：" + C.address(crng)[:16], _m(2.8), "body")
    heads = ["", "货物或应税劳务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"]
    for i, t in enumerate(heads):
        doc.text(((xs[i] + xs[i + 1]) / 2, (ys[1] + ys[2]) / 2), t, lab, "label", fill=ink, anchor="mm")
    rate = float(crng.choice([0.13, 0.09, 0.06]))
    total = 0.0
    for r in range(int(crng.integers(1, 5))):
        g = C.GOODS[int(crng.integers(len(C.GOODS)))]
        q = int(crng.integers(1, 60))
        price = round(float(crng.uniform(5, 8000)), 2)
        amt = round(q * price, 2)
        total += amt
        cy = (ys[2 + r] + ys[3 + r]) / 2
        vals = ["", "*" + g[0], g[1], g[2], str(q), f"{price:.2f}", f"{amt:.2f}", f"{int(rate*100)}%",
                f"{amt*rate:.2f}"]
        for i, t in enumerate(vals):
            if t:
                doc.text((xs[i + 1] - 8 if i >= 4 else xs[i] + 8, cy), t, _m(3), "num" if i >= 4 else "body",
                         anchor="rm" if i >= 4 else "lm", key=f"row{r}_c{i}" if i == 6 else None)
    tax = round(total * rate, 2)
    doc.text((xs[1] + 8, (ys[7] + ys[8]) / 2), "合    计", lab, "label", fill=ink, anchor="lm")
    doc.text((xs[7] - 8, (ys[7] + ys[8]) / 2), f"¥{total:.2f}", _m(3), "num", anchor="rm", key="subtotal")
    doc.text((xs[1] + 8, (ys[8] + ys[9]) / 2), "价税合计（大写）", lab, "label", fill=ink, anchor="lm")
    doc.text((xs[2] + 30, (ys[8] + ys[9]) / 2), "ⓧ" + C.money_upper(total + tax), _m(3.2), "body", anchor="lm",
             key="amount_words")
    doc.text((xs[6] + 10, (ys[8] + ys[9]) / 2), "（小写）", lab, "label", fill=ink, anchor="lm")
    doc.text((xs[7] + 10, (ys[8] + ys[9]) / 2), f"¥{total + tax:,.2f}", _m(3.6), "num", anchor="lm", key="amount")
    seller = C.company(crng)
    doc.text((xs[1] + 6, ys[9] + 10), "销售方  名称：" + seller, _m(3), "body")
    code = C.credit_code(crng)
    doc.text((xs[1] + 6, ys[9] + _m(8)), "纳税人识别号：" + code, _m(3), "body")
    doc.text((_m(14), H - _m(6)), "收款人：" + C.person(crng) + "      复核：" + C.person(crng)
             + "      开票人：" + C.person(crng), _m(3), "body")
    doc.stamp(xs[7], ys[9] + _m(10), _m(40), seller[:14], mid=code, bottom="发票专用章", oval=True)
    return doc, "plain", (248, 250, 246)


def bank_statement(lrng, crng):
    doc = Doc(_m(210), _m(297), lrng, pick_faces(lrng))
    W, H = doc.w, doc.h
    bank = C.choice(crng, C.BANKS)
    bcol = [(200, 30, 40), (20, 70, 160), (0, 120, 90), (180, 20, 30)][int(lrng.integers(4))]
    band = np.zeros((_m(18), W - _m(24), 3), np.uint8)
    grad = np.linspace(0.35, 1.0, band.shape[1])[None, :, None]
    band[:] = (255 - (255 - np.array(bcol)) * grad).astype(np.uint8)
    doc.halftone_fill((_m(12), _m(10)), band, float(lrng.uniform(2.0, 4.0)))
    doc.text((_m(18), _m(19)), bank, _m(7), "title", fill=(255, 255, 255), anchor="lm")
    if lrng.random() < 0.6:
        doc.microtext((_m(12), _m(32), W - _m(12), H - _m(20)), bank + "电子回单", _m(1.6), (150, 150, 170), 45)
    doc.text((W / 2, _m(38)), "个人账户交易明细" if lrng.random() < .5 else "账户对账单", _m(6), "title", anchor="mm")
    name, acct = C.person(crng), "6222" + C.digits(crng, 15)
    d0 = C.date(crng, 2021, 2024, "iso")
    doc.text((_m(14), _m(48)), f"户名：{name}    账号：{acct}", _m(3.4), "body", key="account")
    doc.text((_m(14), _m(55)), f"起止日期：{d0} 至 {d0[:5]}12-31    币种：人民币", _m(3.4), "body")
    cw = [_m(26), _m(28), _m(28), _m(28), _m(30), _m(42)]
    n = int(crng.integers(14, 30))
    rh = [_m(8)] + [_m(6.6)] * n
    x0, y0 = _m(14), _m(62)
    zebra = lrng.random() < 0.6
    if zebra:
        g = int(lrng.integers(215, 240))
        for i in range(1, n + 1, 2):
            patch = np.full((rh[i], sum(cw), 3), g, np.uint8)
            doc.halftone_fill((x0, y0 + sum(rh[:i])), patch, float(lrng.uniform(2.0, 3.2)))
    xs, ys = doc.table(x0, y0, cw, rh, (110, 110, 110), 1 + int(lrng.random() < .5))
    for i, t in enumerate(["交易日期", "摘要", "收入", "支出", "余额", "对方户名"]):
        doc.text(((xs[i] + xs[i + 1]) / 2, (ys[0] + ys[1]) / 2), t, _m(3.2), "label", anchor="mm")
    bal = C.money(crng, 1000, 90000)
    m, dd = int(d0[5:7]), int(d0[8:10])
    ek = int(crng.integers(1, n + 1))
    for r in range(1, n + 1):
        dd += int(crng.integers(0, 4))
        if dd > 28:
            m, dd = min(12, m + 1), 1
        amt = C.money(crng, 5, 20000)
        inc = crng.random() < 0.4
        bal = round(bal + (amt if inc else -amt), 2) if bal - amt > 0 or inc else round(bal + amt, 2)
        cy = (ys[r] + ys[r + 1]) / 2
        doc.text((xs[0] + 8, cy), f"{d0[:4]}-{m:02d}-{dd:02d}", _m(2.9), "num", anchor="lm",
                 key="date" if r == ek else None)
        doc.text((xs[1] + 8, cy), C.choice(crng, C.TXN), _m(2.9), "body", anchor="lm")
        doc.text((xs[3 if inc else 4] - 8, cy), C.fmt_money(amt), _m(2.9), "num", anchor="rm",
                 key="amount" if r == ek else None)
        doc.text((xs[5] - 8, cy), C.fmt_money(bal), _m(2.9), "num", anchor="rm", key="balance" if r == n else None)
        doc.text((xs[5] + 8, cy), C.person(crng) if crng.random() < .6 else C.company(crng)[:9], _m(2.7),
                 "body", anchor="lm")
    doc.stamp(W - _m(50), min(H - _m(30), ys[-1] + _m(22)), _m(38), bank + C.choice(crng, C.CITIES) + "分行",
              bottom="业务专用章")
    return doc, "plain", (253, 253, 251)


def _contract(lrng, crng, title, kind):
    doc = Doc(_m(210), _m(297), lrng, pick_faces(lrng))
    W, H = doc.w, doc.h
    doc.text((W / 2, _m(28)), title, _m(8), "title", anchor="mm")
    doc.text((W - _m(62), _m(40)), "合同编号：", _m(3.3), "body", anchor="ra")
    doc.text((W - _m(62), _m(40)), "HT" + C.digits(crng, 10), _m(3.3), "num", anchor="la", key="number")
    a, b = C.company(crng), (C.company(crng) if kind == "sales" else C.person(crng))
    fs = _m(3.8)
    y = _m(50)
    doc.text((_m(22), y), "甲方（" + ("卖方" if kind == "sales" else "出租方") + "）：" + a, fs)
    doc.text((_m(22), y + fs * 1.8), "乙方（" + ("买方" if kind == "sales" else "承租方") + "）：" + b, fs)
    y += fs * 4.2
    amt = C.money(crng, 2000, 900000)
    if kind == "sales":
        y = doc.wrap(_m(22), y, "根据《中华人民共和国民法典》及相关法律法规，甲乙双方本着平等自愿、诚实信用的原则，"
                     "经友好协商，就乙方向甲方采购下列货物事宜达成如下协议：", fs, W - _m(44))
        cw, rh = [_m(50), _m(30), _m(20), _m(30), _m(36)], [_m(8)] * 5
        xs, ys = doc.table(_m(22), y + 10, cw, rh, (40, 40, 40), 2)
        for i, t in enumerate(["货物名称", "规格", "数量", "单价（元）", "金额（元）"]):
            doc.text(((xs[i] + xs[i + 1]) / 2, (ys[0] + ys[1]) / 2), t, _m(3.3), anchor="mm")
        for r in range(1, 4):
            g = C.GOODS[int(crng.integers(len(C.GOODS)))]
            for i, t in enumerate([g[0], g[1] or "-", str(int(crng.integers(1, 99))),
                                   f"{crng.uniform(10, 9999):.2f}", f"{crng.uniform(100, 99999):.2f}"]):
                doc.text(((xs[i] + xs[i + 1]) / 2, (ys[r] + ys[r + 1]) / 2), t, _m(3.2),
                         "num" if i >= 2 else "body", anchor="mm")
        doc.text((xs[0] + 10, (ys[4] + ys[5]) / 2), "合计金额：", _m(3.3), anchor="lm")
        doc.text((xs[4] - 10, (ys[4] + ys[5]) / 2), f"{amt:,.2f}", _m(3.4), "num", anchor="rm", key="amount")
        y = ys[-1] + _m(8)
        clauses = ["质量标准：按国家标准及生产厂家企业标准执行。", "交货地点：乙方指定仓库，运费由甲方承担。",
                   f"付款方式：合同签订后七日内支付合同总价的30%，余款于验收合格后三十日内付清。",
                   "违约责任：任何一方违约，应向守约方支付合同总价百分之二十的违约金。",
                   "争议解决：双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。"]
    else:
        y = doc.wrap(_m(22), y, "甲方将其合法拥有的位于" + C.address(crng) + "的房屋出租给乙方使用，"
                     f"建筑面积{crng.uniform(30, 400):.1f}平方米，双方经协商订立本合同。", fs, W - _m(44))
        doc.text((_m(22), y + 6), "月租金人民币（小写）：", fs)
        doc.text((_m(22) + fs * 11, y + 6), f"{amt / 50:,.2f}", fs, "num", key="amount")
        doc.text((_m(120), y + 6), "元", fs)
        y += fs * 1.8
        doc.text((_m(22), y + 6), "租赁期限自", fs)
        doc.text((_m(22) + fs * 5.5, y + 6), C.date(crng, 2020, 2025), fs, key="date")
        doc.text((_m(22) + fs * 13, y + 6), "起，共计" + str(int(crng.integers(1, 6))) + "年。", fs)
        y += fs * 2.4
        clauses = ["租金按季度支付，乙方应于每季度首月五日前支付当季租金。", "押金为两个月租金，租赁期满无违约即全额退还。",
                   "租赁期间水、电、燃气、物业管理费由乙方承担。", "未经甲方书面同意，乙方不得转租、转借该房屋。",
                   "任何一方提前解除合同，须提前三十日书面通知对方。", "本合同一式两份，双方各执一份，自签字盖章之日起生效。"]
    for i, c in enumerate(clauses):
        y = doc.wrap(_m(22), y, f"第{'一二三四五六七八'[i]}条  " + c, fs, W - _m(44)) + fs * 0.4
    y = max(y + _m(10), H - _m(70))
    doc.text((_m(25), y), "甲方（盖章）：", fs)
    doc.text((_m(115), y), "乙方（签字）：" if kind != "sales" else "乙方（盖章）：", fs)
    sig = C.font("uming", int(fs * 1.4))
    doc.d.text((_m(130), y + fs * 2), C.person(crng), font=sig, fill=(30, 30, 90))
    doc.text((_m(25), y + fs * 7), "签订日期：", fs)
    if "date" not in doc.fields:
        doc.text((_m(25) + fs * 5, y + fs * 7), C.date(crng, 2019, 2025), fs, key="date")
    doc.stamp(_m(60), y + fs * 2, _m(40), a[:16] if len(a) <= 16 else a[:15], bottom="合同专用章")
    if kind == "sales":
        doc.stamp(_m(150), y + fs * 2.5, _m(40), b[:15], bottom="合同专用章", key="stamp_b")
    return doc, lrng.choice(["plain", "plain", "laid", "woven"]), tuple(int(v) for v in np.clip(
        int(lrng.integers(240, 254)) + np.array([3, 1, -4]) * lrng.uniform(0, 1.5), 0, 255))


def sales_contract(lrng, crng):
    return _contract(lrng, crng, "购 销 合 同", "sales")


def lease_contract(lrng, crng):
    return _contract(lrng, crng, "房 屋 租 赁 合 同", "lease")


def vehicle_licence(lrng, crng):
    s = 500 / 200
    doc = Doc(_m(88 * s), _m(60 * s), lrng, pick_faces(lrng))
    W, H = doc.w, doc.h
    doc.guilloche((0, 0, W, H), (150, 190, 215), float(lrng.uniform(0.3, 0.55)))
    doc.microtext((0, 0, W, H), "中华人民共和国机动车行驶证", int(_m(1.0 * s)), (120, 160, 190), 40)
    doc.text((W / 2, _m(6 * s)), "中华人民共和国机动车行驶证", _m(4.2 * s), "title", anchor="mm")
    doc.text((W / 2, _m(10.5 * s)), "Vehicle License of the People's Republic of China", _m(1.9 * s), "num",
             anchor="mm")
    typ, model = C.VEHICLES[int(crng.integers(len(C.VEHICLES)))]
    rows = [("号牌号码", C.plate(crng), "plate", "车辆类型", typ), ("所 有 人", C.person(crng), "owner", None, None),
            ("住    址", C.address(crng)[:20], "address", None, None),
            ("使用性质", C.choice(crng, ["非营运", "营运", "租赁"]), None, "品牌型号", model),
            ("车辆识别代号", C.vin(crng), "vin", None, None), ("发动机号码", C.digits(crng, 8), "engine", None, None),
            ("注册日期", C.date(crng, 2010, 2024, "iso"), "date", "发证日期", C.date(crng, 2015, 2025, "iso"))]
    y, fs = _m(16 * s), _m(2.6 * s)
    for lab, val, key, lab2, val2 in rows:
        doc.text((_m(4 * s), y), lab, fs, "label")
        doc.text((_m(21 * s), y), val, fs, "num" if key in ("vin", "engine", "date") else "body", key=key)
        if lab2:
            doc.text((_m(48 * s), y), lab2, fs, "label")
            doc.text((_m(61 * s), y), val2, fs, "num" if "日期" in lab2 else "body",
                     key="issue_date" if "日期" in lab2 else None)
        y += fs * 2.05
    # square seal
    sq = _m(16 * s)
    seal = np.full((sq, sq, 3), 255, np.uint8)
    col = np.array([210, 40, 50])
    b = max(3, sq // 16)
    seal[:b], seal[-b:], seal[:, :b], seal[:, -b:] = col, col, col, col
    doc.multiply(seal, W - sq - _m(5 * s), H - sq - _m(4 * s))
    doc.text((W - sq / 2 - _m(5 * s), H - sq / 2 - _m(4 * s)), C.choice(crng, C.CITIES) + "\n公安局\n交通警察",
             _m(2.2 * s), "title", fill=(210, 40, 50), anchor="mm")
    doc.fields["stamp"] = {"box": [W - sq - _m(5 * s), H - sq - _m(4 * s), sq, sq], "text": None}
    return doc, "plain", (240, 246, 250)


RENDERERS = {k: globals()[k] for k in KINDS}


def render(kind, lrng, crng, digital=False):
    """digital=True: the born-digital (PDF) version - no paper, no ink spread."""
    doc, paper_kind, tint = RENDERERS[kind](lrng, crng)
    if digital:
        return np.array(doc.im), doc.fields, {"paper": None, "features": sorted(set(doc.features)),
                                              "faces": doc.faces, "size": [doc.w, doc.h]}
    rgb = doc.finish(paper_kind, tint, ink_blur=float(lrng.uniform(0.35, 0.8)))
    return rgb, doc.fields, {"paper": str(paper_kind), "features": sorted(set(doc.features)),
                             "faces": doc.faces, "size": [doc.w, doc.h]}
