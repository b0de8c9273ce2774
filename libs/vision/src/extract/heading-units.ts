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

/** Units of metered usage as bills print them, in the order they are looked for on the page. */
const USAGE_UNITS: ReadonlyArray<{ meter: RegExp; units: readonly string[]; unit: string }> = [
  { meter: /电/, units: ['kWh', '千瓦时', '度'], unit: 'kWh' },
  { meter: /水|气/, units: ['m³', '立方米', '吨'], unit: 'm³' },
];

/**
 * A metered usage read as a bare number under a label that names no unit (结算电量 3141) is the figure in the unit the
 * bill prints elsewhere (单价(元/千瓦时)), else in the meter's SI unit (kWh for electricity, m³ for water and gas): a usage
 * without its unit is no quantity. Other values pass unchanged. Pure.
 */
export function withUsageUnit(value: string, label: string, page: string): string {
  if (!BARE_NUMBER.test(value)) return value;
  const meter = USAGE_UNITS.find((u) => u.meter.test(label));
  if (!meter) return value;
  return `${value}${meter.units.find((u) => page.includes(u)) ?? meter.unit}`;
}
