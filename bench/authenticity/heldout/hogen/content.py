"""Fake-but-plausible document content (Chinese business paperwork) and fonts."""
from __future__ import annotations

from functools import lru_cache

from PIL import ImageFont

from .util import choice

NOTO_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
NOTO_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

# (path, ttc index) of CJK faces: SC variants of Noto, CN variant of UMing.
CJK_FACES = {
    "sans": (NOTO_SANS, 2), "sans_bold": (NOTO_SANS_B, 2),
    "serif": (NOTO_SERIF, 2), "serif_bold": (NOTO_SERIF_B, 2),
    "uming": (UMING, 0), "wqy": (WQY, 0), "wqy_mono": (WQY, 1),
}
# Latin/digit faces used when an editor re-types numbers with "a similar font".
DIGIT_FACES = {
    "dejavu": (DEJAVU, 0), "dejavu_mono": (DEJAVU_MONO, 0), "dejavu_serif": (DEJAVU_SERIF, 0),
    "wqy": (WQY, 0), "sans": (NOTO_SANS, 2), "serif": (NOTO_SERIF, 2), "uming": (UMING, 0),
}


@lru_cache(maxsize=512)
def font(face: str, size: int) -> ImageFont.FreeTypeFont:
    path, idx = CJK_FACES.get(face) or DIGIT_FACES[face]
    return ImageFont.truetype(path, max(6, int(size)), index=idx)


CITIES = ["上海", "北京", "深圳", "广州", "杭州", "成都", "武汉", "南京", "苏州", "重庆",
          "天津", "西安", "长沙", "青岛", "厦门", "合肥", "宁波", "郑州", "昆明", "佛山"]
DISTRICTS = ["浦东新区", "朝阳区", "南山区", "天河区", "西湖区", "武侯区", "江汉区", "鼓楼区",
             "高新区", "经济技术开发区", "滨江区", "黄浦区", "福田区", "海淀区", "江北区"]
ROADS = ["人民路", "中山路", "建设大道", "解放路", "科技园路", "长江路", "世纪大道", "和平街",
         "新华路", "东风路", "学府路", "滨河路", "光明路", "金融街", "工业园一路"]
CORES = ["华信", "恒泰", "金鼎", "鑫源", "瑞丰", "宏达", "安捷", "博远", "中联", "天润",
         "永盛", "晨光", "汇通", "佳和", "锦程", "启明", "泰康", "明远", "优创", "嘉禾"]
TRADES = ["科技", "贸易", "建筑工程", "餐饮管理", "物流", "信息技术", "电子", "商贸",
          "装饰设计", "医疗器械", "文化传媒", "机械设备", "食品", "汽车服务", "环保科技"]
SUFFIX = ["有限公司", "有限责任公司", "股份有限公司"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌辉鹏宇浩然晨"
GOODS = [("办公用品", "批", "套"), ("笔记本电脑", "ThinkPad E14", "台"), ("打印纸", "A4 70g", "箱"),
         ("技术服务费", "", "项"), ("钢材", "Q235B", "吨"), ("水泥", "P.O42.5", "吨"),
         ("电线电缆", "BV2.5", "卷"), ("LED灯具", "18W", "套"), ("咨询服务", "", "次"),
         ("运输服务", "", "次"), ("茶叶", "250g", "盒"), ("工业润滑油", "18L", "桶"),
         ("显示器", "27英寸", "台"), ("服务器", "2U", "台"), ("劳保用品", "", "批")]
SCOPES = ["技术开发、技术咨询、技术服务；计算机软硬件销售；", "日用百货、五金交电、建筑材料销售；",
          "餐饮服务；食品经营；预包装食品销售；", "普通货运；仓储服务（不含危险品）；",
          "室内外装饰工程设计与施工；", "医疗器械经营（凭许可证经营）；", "广告设计、制作、代理、发布；",
          "机械设备租赁、维修；", "货物进出口、技术进出口；"]
VEHICLES = [("小型普通客车", "大众汽车牌SVW7155"), ("小型轿车", "丰田牌GTM7250"),
            ("轻型厢式货车", "江铃牌JX5044"), ("小型越野客车", "长城牌CC6460"),
            ("重型半挂牵引车", "解放牌CA4250"), ("小型轿车", "比亚迪牌BYD7005")]
PLATE_PROV = "京沪粤浙苏川鄂湘鲁闽渝津"
BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行", "交通银行",
         "浦发银行", "兴业银行"]
TXN = ["转账收入", "转账支出", "工资", "消费", "利息", "手续费", "跨行转账", "代发报销", "POS消费",
       "网银转账", "还款", "ATM取款"]


def company(rng):
    return choice(rng, CITIES) + choice(rng, CORES) + choice(rng, TRADES) + choice(rng, SUFFIX)


def person(rng):
    n = 1 + int(rng.random() < 0.7)
    return choice(rng, SURNAMES) + "".join(choice(rng, GIVEN) for _ in range(n))


def address(rng):
    return (choice(rng, CITIES) + "市" + choice(rng, DISTRICTS) + choice(rng, ROADS)
            + f"{int(rng.integers(1, 999))}号" + (f"{int(rng.integers(1, 30))}楼" if rng.random() < .6 else ""))


def credit_code(rng):
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91" + "".join(choice(rng, al) for _ in range(16))


def digits(rng, n):
    return "".join(str(int(rng.integers(10))) for _ in range(n))


def date(rng, y0=2015, y1=2025, fmt="cn"):
    y, m, d = int(rng.integers(y0, y1 + 1)), int(rng.integers(1, 13)), int(rng.integers(1, 29))
    return f"{y}年{m:02d}月{d:02d}日" if fmt == "cn" else f"{y}-{m:02d}-{d:02d}"


def money(rng, lo=50, hi=500000):
    v = float(rng.uniform(lo, hi)) if rng.random() < .6 else float(10 ** rng.uniform(2, 5.6))
    return round(v, 2)


def fmt_money(v, comma=True):
    return f"{v:,.2f}" if comma else f"{v:.2f}"


_CN_DIG = "零壹贰叁肆伍陆柒捌玖"
_CN_UNIT = ["", "拾", "佰", "仟"]


def money_upper(v):
    """Chinese capital amount (大写), e.g. 壹万贰仟叁佰元伍角整."""
    yuan, fen = int(v), int(round((v - int(v)) * 100))
    out = ""
    for big, group in zip(["", "万", "亿"], [yuan % 10000, yuan // 10000 % 10000, yuan // 10**8]):
        if group == 0:
            continue
        s, zero = "", False
        for i in range(3, -1, -1):
            dgt = group // 10**i % 10
            if dgt == 0:
                zero = bool(s)
            else:
                s += ("零" if zero else "") + _CN_DIG[dgt] + _CN_UNIT[i]
                zero = False
        out = s + big + out
    out = (out or "零") + "元"
    j, f = fen // 10, fen % 10
    if j == 0 and f == 0:
        return out + "整"
    return out + (_CN_DIG[j] + "角" if j else "零") + (_CN_DIG[f] + "分" if f else "")


def plate(rng):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return choice(rng, PLATE_PROV) + choice(rng, "ABCDEFG") + "".join(choice(rng, al) for _ in range(5))


def vin(rng):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "L" + "".join(choice(rng, al) for _ in range(16))
