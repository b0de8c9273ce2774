// Values several voucher makers share: licence-style addresses and business scopes, validity dates.
import { address, date, type Rng } from './random';

export const BUSINESS_SCOPES = [
  '餐饮服务；食品销售；日用百货零售',
  '一般项目：餐饮管理；食品销售（仅销售预包装食品）；日用百货销售；厨具卫具及日用杂品零售；信息咨询服务（不含许可类信息咨询服务）',
  '许可项目：道路货物运输（不含危险货物）；一般项目：国内货物运输代理；普通货物仓储服务（不含危险化学品等需许可审批的项目）；装卸搬运',
  '一般项目：五金产品批发；建筑材料销售；机械设备销售；金属材料销售；电子产品销售；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
];
const BUILDINGS = ['恒力大厦', '万达广场', '创业园', '科技园', '商务中心'];
/** An address as licences print it, with building, floor and room. */
export const longAddress = (r: Rng): string =>
  `${address(r)}${r.pick(BUILDINGS)}${r.int(1, 12)}号楼${r.int(2, 28)}层${r.int(1, 28)}${String(r.int(1, 20)).padStart(2, '0')}室`;

export const until = (r: Rng): [string, string] => date(r, 2027, 2031);
export const past = (r: Rng): [string, string] => date(r, 2012, 2024);
