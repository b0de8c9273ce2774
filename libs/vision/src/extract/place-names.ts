// Place names that begin Chinese addresses, used to repair a single misread character (厦内 → 厦门).
// Data: provinces and prefecture-level cities (GB/T 2260 names without their 省/市 suffix), the ones
// merchants' documents most often carry; a name absent here is simply left as read.

/** Two- and three-character place names. */
export const PLACE_NAMES: readonly string[] = [
  '北京', '上海', '天津', '重庆', '广州', '深圳', '杭州', '南京', '苏州', '无锡', '宁波', '温州', '厦门', '福州', '泉州', '漳州', '莆田', '龙岩',
  '三明', '南平', '宁德', '济南', '青岛', '郑州', '武汉', '长沙', '成都', '西安', '昆明', '贵阳', '南宁', '海口', '合肥', '南昌', '太原', '石家庄',
  '沈阳', '大连', '长春', '哈尔滨', '兰州', '西宁', '银川', '乌鲁木齐', '拉萨', '呼和浩特', '东莞', '佛山', '珠海', '中山', '惠州', '汕头', '江门',
  '湛江', '常州', '南通', '扬州', '徐州', '镇江', '盐城', '泰州', '绍兴', '嘉兴', '金华', '台州', '湖州', '烟台', '潍坊', '临沂', '淄博', '济宁',
  '唐山', '保定', '邯郸', '洛阳', '襄阳', '宜昌', '株洲', '岳阳', '衡阳', '绵阳', '桂林', '柳州', '三亚', '芜湖', '赣州', '九江', '大同', '包头',
  '鞍山', '吉林', '大庆', '宝鸡', '咸阳', '遵义', '曲靖', '福建', '浙江', '江苏', '广东', '山东', '河南', '河北', '湖南', '湖北', '四川', '云南',
  '贵州', '广西', '海南', '安徽', '江西', '山西', '陕西', '辽宁', '黑龙江', '甘肃', '青海', '宁夏', '新疆', '西藏', '内蒙古',
];

/** Fields whose value begins with a place name. */
const ADDRESS_FIELDS = new Set(['address', 'location', 'premises', 'production_address', 'warehouse']);

/**
 * Repairs the place name an address starts with when exactly one known name is one character away
 * (厦内 → 厦门) or lost its second character before 市 (厦市 → 厦门市); anything else is left as read. Pure.
 */
export function repairPlaceName(field: string, value: string): string {
  if (!ADDRESS_FIELDS.has(field) || PLACE_NAMES.some((p) => value.startsWith(p))) return value;
  const two = PLACE_NAMES.filter((p) => p.length === 2);
  const head = value.slice(0, 2);
  if (head[1] === '市') {
    const lost = two.filter((p) => p[0] === head[0]);
    return lost.length === 1 && lost[0] ? lost[0] + value.slice(1) : value;
  }
  const near = two.filter((p) => (p[0] === head[0]) !== (p[1] === head[1]));
  return near.length === 1 && near[0] ? near[0] + value.slice(2) : value;
}
