/** Units a column heading or label names in brackets: 电量(千瓦时), 用水量(立方米), 建筑面积(平方米), 吨位(吨). */
const UNIT_IN_LABEL = /\((千瓦时|立方米|平方米|吨|度|kWh|m³|m2|㎡)\)$/;
/** True when a label or heading names a unit of quantity in brackets (a column of quantities, totalled on the 合计 row). */
export const namesUnit = (label: string): boolean => UNIT_IN_LABEL.test(label);
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * A quantity read under a heading that names its unit (电量(千瓦时) over 1496) is the figure with that unit
 * (1496千瓦时), as the same quantity is printed where the unit follows the figure. Other values pass unchanged. Pure.
 */
export function withHeadingUnit(value: string, label: string): string {
  const unit = UNIT_IN_LABEL.exec(label)?.[1];
  return unit && BARE_NUMBER.test(value) ? `${value}${unit}` : value;
}

/** A money label or heading in ten-thousands: 注册资本(万元), 合同金额（万元）. */
const WAN_IN_LABEL = /\(万元\)$/;

/** Raw text of an amount under a 万元 heading, marked so that it is read in ten-thousands (500 → 500万); else as read. Pure. */
export function inHeadingScale(raw: string, label: string): string {
  return WAN_IN_LABEL.test(label) && !/万/.test(raw) && /^[\s:：¥￥]*\d[\d,，.]*\s*$/.test(raw) ? `${raw.trim()}万` : raw;
}
