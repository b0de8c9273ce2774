/** 社保缴费证明: either a certifying letter with a per-insurance table, or a form with the counts in cells. */
import { addMonths, printDate, randomDate } from '../content/dates';
import { company } from '../content/entities';
import { drawForm } from '../draw/form';
import { drawSeal } from '../draw/seal';
import { drawTable, fitColumns } from '../draw/table';
import { drawText } from '../draw/text';
import { drawBlocks, paragraph } from './flow';
import { label, style, Truth, type DocumentType } from './spec';

export const SOCIAL_INSURANCE_CERTIFICATE: DocumentType = {
  id: 'social_insurance_certificate',
  layouts: ['letter', 'form'],
  build(context) {
    const { rng, fonts } = context;
    const truth = new Truth();
    const employer = company(rng);
    const headCount = rng.int(3, 120);
    const months = rng.int(6, 96);
    truth.text('company', employer.name);
    truth.text('insured_head_count', String(headCount));
    truth.text('months_paid', String(months));
    const issued = randomDate(rng, 2024, 2026);
    const since = addMonths(issued, -months);
    const agency = `${employer.city.city}市社会保险事业管理中心`;
    const width = 1300;
    const height = 1840;
    const body = style(fonts.song, 27);
    const insuranceRows = ['企业职工基本养老保险', '失业保险', '工伤保险', '职工基本医疗保险'].map((kind) => [kind, String(headCount), printDate(since, 'cn'), String(months), '正常参保']);
    return {
      width,
      height,
      paper: '#ffffff',
      security: 'none',
      securityColor: '',
      draw(ctx) {
        drawText(ctx, rng.pick(['参保缴费证明', '单位参保证明', '社会保险参保缴费情况证明']), width / 2, 150, style(fonts.hei, 50, { spacing: 8 }), 'center');
        let y = 220;
        if (context.layout === 'letter') {
          y = drawBlocks(ctx, [
            paragraph(`兹证明${employer.name}（统一社会信用代码：${employer.uscc}）自${printDate(since, 'cn')}起在我中心办理社会保险登记并参保缴费。`, body),
            paragraph(`截至${printDate(issued, 'cn')}，该单位${label(context, '参保人数', ['当前参保人数', '在职参保人数', '参保人数'])}为${headCount}人，${label(context, '缴费月数', ['已累计缴费', '连续缴费', '累计缴费月数'])}${months}个月，无欠费记录。`, body),
            paragraph('特此证明。', body),
          ], 110, y, width - 220);
        } else {
          y = drawForm(ctx, {
            x: 100,
            y,
            width: width - 200,
            mode: 'side',
            rows: [
              [{ label: label(context, '单位名称', ['单位名称', '参保单位']), value: employer.name }],
              [{ label: '统一社会信用代码', value: employer.uscc }],
              [{ label: '单位编号', value: rng.digits(10) }, { label: '参保日期', value: printDate(since, 'cn') }],
              [{ label: label(context, '参保人数', ['当前参保人数', '在职人数', '参保人数']), value: `${headCount}人` }, { label: label(context, '缴费月数', ['累计缴费月数', '缴费月数']), value: `${months}个月` }],
            ],
            labelStyle: style(fonts.song, 26),
            valueStyle: style(fonts.song, 27),
            minRowHeight: 70,
          });
        }
        const columns = fitColumns([{ title: '险种', width: 26 }, { title: '参保人数', width: 11, align: 'right' }, { title: '参保起始日期', width: 20 }, { title: '累计月数', width: 11, align: 'right' }, { title: '参保状态', width: 12 }], width - 200);
        const bottom = drawTable(ctx, { x: 100, y: y + 40, columns, rows: insuranceRows, headerHeight: 56, rowHeight: 56, headerStyle: style(fonts.hei, 23), cellStyle: style(fonts.song, 23), ruling: 'full' });
        drawText(ctx, '本证明仅证明单位参保缴费情况，可通过社保网上服务平台扫码验证真伪。', 110, bottom + 60, style(fonts.song, 21, { color: '#444' }));
        drawText(ctx, agency, width - 120, bottom + 200, style(fonts.song, 27), 'right');
        drawText(ctx, printDate(issued, 'cn'), width - 120, bottom + 250, style(fonts.song, 27), 'right');
        drawSeal(ctx, { arc: agency, bottom: '业务专用章' }, { cx: width - 300, cy: bottom + 210, radius: 115 }, fonts.song, rng);
      },
      truth: truth.values,
      amountFields: truth.amountFields,
      realism: ['seal-over-text'],
      card: false,
    };
  },
};
