/** Pages that are no voucher: a menu, a flyer, a handwritten note, a novel page, a shipping box. */
import { CITIES, address, personName } from '../content/entities';
import type { Ctx } from '../draw/context';
import { barcode, qrBlock, signature } from '../draw/ornament';
import { drawText } from '../draw/text';
import { drawBlocks, paragraph } from './flow';
import { style, type BuildContext, type DocumentSpec, type DocumentType } from './spec';

function page(width: number, height: number, paper: string, draw: (ctx: Ctx) => void, realism: string[] = []): DocumentSpec {
  return { width, height, paper, security: 'none', securityColor: '', draw, truth: {}, amountFields: [], realism, card: false };
}

const DISHES = {
  凉菜: ['夫妻肺片', '口水鸡', '凉拌木耳', '蒜泥白肉', '皮蛋豆腐', '拍黄瓜'],
  热菜: ['宫保鸡丁', '鱼香肉丝', '回锅肉', '麻婆豆腐', '水煮鱼', '辣子鸡', '干煸四季豆', '糖醋里脊', '红烧排骨', '酸菜鱼'],
  主食: ['扬州炒饭', '担担面', '红糖糍粑', '蛋炒饭', '钟水饺'],
  饮品: ['酸梅汤', '鲜榨橙汁', '菊花茶', '可乐', '雪花啤酒'],
};

function menu(context: BuildContext): DocumentSpec {
  const { rng, fonts } = context;
  const name = `${personName(rng).charAt(0)}记${rng.pick(['川菜馆', '家常菜', '小馆', '私房菜'])}`;
  return page(1300, 1840, rng.pick(['#fbf3e2', '#fff8ec']), (ctx) => {
    drawText(ctx, name, 650, 150, style(fonts.kai, 90, { color: '#8b1a1a' }), 'center');
    drawText(ctx, '菜  单', 650, 240, style(fonts.hei, 50, { spacing: 20 }), 'center');
    let column = 0;
    let y = 330;
    for (const [section, dishes] of Object.entries(DISHES)) {
      const x = column === 0 ? 110 : 700;
      drawText(ctx, `【${section}】`, x, y, style(fonts.hei, 36, { color: '#8b1a1a' }));
      let rowY = y + 60;
      for (const dish of rng.sample(dishes, dishes.length)) {
        drawText(ctx, dish, x + 20, rowY, style(fonts.song, 32));
        drawText(ctx, '········', x + 260, rowY, style(fonts.song, 28, { color: '#999' }));
        drawText(ctx, `¥${rng.int(8, 88)}`, x + 500, rowY, style(fonts.song, 32), 'right');
        rowY += 56;
      }
      if (column === 1) y = rowY + 50;
      column = 1 - column;
    }
    drawText(ctx, `地址：${address(rng, rng.pick(CITIES))}    订餐电话：${rng.digits(11)}`, 650, 1760, style(fonts.song, 24), 'center');
  });
}

function flyer(context: BuildContext): DocumentSpec {
  const { rng, fonts } = context;
  const product = rng.pick(['空气炸锅', '电动自行车', '净水器', '按摩椅', '智能门锁']);
  return page(1300, 1840, '#ffffff', (ctx) => {
    ctx.fillStyle = rng.pick(['#d62b2b', '#e85d10', '#1b6fd6']);
    ctx.fillRect(0, 0, 1300, 520);
    drawText(ctx, rng.pick(['开业大酬宾', '限时特惠', '年终大促', '618狂欢']), 650, 260, style(fonts.hei, 140, { bold: true, color: '#fff3b0' }), 'center');
    drawText(ctx, '全场低至5折  满300减50', 650, 420, style(fonts.hei, 56, { color: '#ffffff' }), 'center');
    drawText(ctx, `爆款${product}`, 650, 700, style(fonts.hei, 80, { bold: true, color: '#222' }), 'center');
    drawText(ctx, `原价 ¥${rng.int(500, 3000)}`, 400, 850, style(fonts.song, 46, { color: '#888' }), 'center');
    ctx.fillStyle = '#888';
    ctx.fillRect(280, 835, 240, 4);
    drawText(ctx, `活动价 ¥${rng.int(99, 499)}`, 900, 860, style(fonts.hei, 70, { bold: true, color: '#d62b2b' }), 'center');
    ['买一送一', '免费送货上门', '三年质保', '以旧换新'].forEach((text, i) => {
      ctx.fillStyle = '#fff0d6';
      ctx.fillRect(120 + (i % 2) * 560, 980 + Math.floor(i / 2) * 170, 500, 130);
      drawText(ctx, text, 370 + (i % 2) * 560, 1065 + Math.floor(i / 2) * 170, style(fonts.hei, 52, { color: '#b3200f' }), 'center');
    });
    qrBlock(ctx, 120, 1400, 260, rng);
    drawText(ctx, '扫码进群 领取优惠券', 450, 1500, style(fonts.hei, 44), 'left');
    drawText(ctx, `活动地址：${address(rng, rng.pick(CITIES))}`, 450, 1580, style(fonts.song, 30));
    drawText(ctx, `咨询热线：400-${rng.digits(3)}-${rng.digits(4)}`, 450, 1640, style(fonts.song, 30));
  });
}

const NOTE_LINES = ['明天上午九点到仓库提货，记得带上身份证。', '王师傅的车下午两点到，卸完货再结账。', '电费还没交，周五之前去营业厅交一下。', '给李总回电话，问一下样品寄到没有。', '周末盘点库存，把过期的饮料单独放。', '老张借的梯子记得还。'];

function handwrittenNote(context: BuildContext): DocumentSpec {
  const { rng, fonts } = context;
  return page(1300, 1700, '#fffef6', (ctx) => {
    for (let y = 200; y < 1650; y += 90) {
      ctx.fillStyle = 'rgba(90, 140, 200, 0.45)';
      ctx.fillRect(60, y, 1180, 2);
    }
    ctx.fillStyle = 'rgba(210, 60, 60, 0.5)';
    ctx.fillRect(150, 0, 2, 1700);
    signature(ctx, `${personName(rng)}：`, 180, 180, 56, fonts.kai, rng);
    rng.sample(NOTE_LINES, 4).forEach((text, i) => signature(ctx, `${i + 1}. ${text}`, 200, 270 + i * 180, 50, fonts.kai, rng));
    signature(ctx, `${rng.int(1, 12)}月${rng.int(1, 28)}日`, 900, 1300, 50, fonts.kai, rng);
  }, ['handwriting']);
}

const NOVEL_SENTENCES = ['雨下了整整一夜，街上的积水映着路灯昏黄的光。', '他把那封信又读了一遍，终于还是折好放进了抽屉。', '老街的尽头有一家卖馄饨的小摊，二十年来从没换过地方。', '她说话的时候总是看着窗外，好像外面有什么人在等她。', '火车开出站台的那一刻，他才想起忘了说再见。', '母亲在厨房里忙着，锅里的汤咕嘟咕嘟地响。', '没有人知道那年夏天究竟发生了什么。', '风从山那边吹过来，带着一股泥土和青草的味道。'];

function novelPage(context: BuildContext): DocumentSpec {
  const { rng, fonts } = context;
  return page(1200, 1800, '#fbf8f1', (ctx) => {
    drawText(ctx, `第${rng.pick(['三', '七', '十二', '二十一'])}章  ${rng.pick(['归途', '旧信', '雨夜', '远方'])}`, 600, 200, style(fonts.hei, 44), 'center');
    const body = style(fonts.song, 32);
    const blocks = Array.from({ length: 6 }, () => paragraph(rng.shuffle(NOVEL_SENTENCES).slice(0, rng.int(2, 4)).join(''), body, 2, false, 1.8));
    drawBlocks(ctx, blocks, 130, 280, 940);
    drawText(ctx, String(rng.int(12, 380)), 600, 1740, style(fonts.song, 26), 'center');
  });
}

function shippingBox(context: BuildContext): DocumentSpec {
  const { rng, fonts } = context;
  return page(1800, 1350, '#c49a6c', (ctx) => {
    for (let i = 0; i < 90; i++) {
      ctx.fillStyle = `rgba(120, 80, 40, ${rng.range(0.03, 0.1).toFixed(2)})`;
      ctx.fillRect(0, rng.range(0, 1350), 1800, rng.range(2, 10));
    }
    ctx.fillStyle = 'rgba(200, 170, 120, 0.6)';
    ctx.fillRect(0, 600, 1800, 110);
    drawText(ctx, '易碎物品  小心轻放', 420, 220, style(fonts.hei, 80, { bold: true, color: '#2a1a10' }), 'center');
    drawText(ctx, '↑↑  此面向上  防潮', 420, 360, style(fonts.hei, 60, { color: '#2a1a10' }), 'center');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(1000, 760, 700, 520);
    barcode(ctx, 1040, 790, 620, 100, rng);
    drawText(ctx, rng.digits(13), 1350, 930, style(fonts.hei, 34), 'center');
    drawText(ctx, `收：${personName(rng)}  1${rng.digits(2)}****${rng.digits(4)}`, 1040, 1010, style(fonts.hei, 36));
    drawText(ctx, address(rng, rng.pick(CITIES)), 1040, 1070, style(fonts.song, 26));
    drawText(ctx, `寄：${personName(rng)}  1${rng.digits(2)}****${rng.digits(4)}`, 1040, 1150, style(fonts.hei, 30));
    drawText(ctx, rng.pick(['顺丰速运', '中通快递', '圆通速递', '京东物流']), 1040, 1240, style(fonts.hei, 40, { bold: true }));
    drawText(ctx, `净重：${rng.int(5, 30)}kg    规格：${rng.int(20, 60)}×${rng.int(20, 60)}×${rng.int(20, 60)}cm`, 120, 1000, style(fonts.hei, 46, { color: '#2a1a10' }));
  });
}

function kind(id: string, build: (context: BuildContext) => DocumentSpec): DocumentType {
  return { id, layouts: [id], build };
}

export const NON_VOUCHER_KINDS: readonly DocumentType[] = [
  kind('restaurant-menu', menu),
  kind('product-flyer', flyer),
  kind('handwritten-note', handwrittenNote),
  kind('novel-page', novelPage),
  kind('shipping-box', shippingBox),
];
