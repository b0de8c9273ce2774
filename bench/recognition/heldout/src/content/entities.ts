/** Random but plausible Chinese places, people and businesses. */
import type { Random } from '../random';
import { uscc } from './identifiers';

export interface City {
  province: string;
  provinceShort: string;
  city: string;
  plateLetter: string;
  divisionCode: string;
  districts: readonly string[];
}

export const CITIES: readonly City[] = [
  { province: '江苏省', provinceShort: '苏', city: '苏州', plateLetter: 'E', divisionCode: '320506', districts: ['吴中区', '姑苏区', '相城区', '虎丘区', '吴江区'] },
  { province: '江苏省', provinceShort: '苏', city: '南京', plateLetter: 'A', divisionCode: '320104', districts: ['秦淮区', '鼓楼区', '江宁区', '浦口区'] },
  { province: '浙江省', provinceShort: '浙', city: '杭州', plateLetter: 'A', divisionCode: '330106', districts: ['西湖区', '拱墅区', '余杭区', '萧山区'] },
  { province: '浙江省', provinceShort: '浙', city: '宁波', plateLetter: 'B', divisionCode: '330212', districts: ['鄞州区', '海曙区', '北仑区', '镇海区'] },
  { province: '广东省', provinceShort: '粤', city: '广州', plateLetter: 'A', divisionCode: '440106', districts: ['天河区', '白云区', '番禺区', '海珠区'] },
  { province: '广东省', provinceShort: '粤', city: '东莞', plateLetter: 'S', divisionCode: '441900', districts: ['长安镇', '虎门镇', '塘厦镇', '南城街道'] },
  { province: '四川省', provinceShort: '川', city: '成都', plateLetter: 'A', divisionCode: '510107', districts: ['武侯区', '锦江区', '青羊区', '成华区', '双流区'] },
  { province: '湖北省', provinceShort: '鄂', city: '武汉', plateLetter: 'A', divisionCode: '420106', districts: ['武昌区', '洪山区', '江汉区', '东西湖区'] },
  { province: '山东省', provinceShort: '鲁', city: '临沂', plateLetter: 'Q', divisionCode: '371302', districts: ['兰山区', '罗庄区', '河东区'] },
  { province: '山东省', provinceShort: '鲁', city: '青岛', plateLetter: 'B', divisionCode: '370212', districts: ['崂山区', '市北区', '黄岛区', '城阳区'] },
  { province: '河南省', provinceShort: '豫', city: '郑州', plateLetter: 'A', divisionCode: '410105', districts: ['金水区', '二七区', '管城回族区', '中原区'] },
  { province: '湖南省', provinceShort: '湘', city: '长沙', plateLetter: 'A', divisionCode: '430104', districts: ['岳麓区', '雨花区', '开福区', '天心区'] },
  { province: '福建省', provinceShort: '闽', city: '泉州', plateLetter: 'C', divisionCode: '350503', districts: ['丰泽区', '鲤城区', '洛江区', '晋江市'] },
  { province: '安徽省', provinceShort: '皖', city: '合肥', plateLetter: 'A', divisionCode: '340104', districts: ['蜀山区', '包河区', '庐阳区', '瑶海区'] },
  { province: '河北省', provinceShort: '冀', city: '石家庄', plateLetter: 'A', divisionCode: '130102', districts: ['长安区', '桥西区', '新华区', '裕华区'] },
  { province: '重庆市', provinceShort: '渝', city: '重庆', plateLetter: 'B', divisionCode: '500112', districts: ['渝北区', '江北区', '九龙坡区', '沙坪坝区'] },
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万覃武钱戴严莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉兰文辉俊峰海燕小红建华晓东立新春梅永刚国庆德明宏伟淑珍秀兰学军晨宇子轩欣怡浩然梓涵雨萱思远嘉怡';
const SHOP_NAMES = ['恒达', '鑫源', '宏图', '华瑞', '金桥', '永盛', '顺丰', '锦程', '佳禾', '盛世', '泰和', '瑞丰', '中联', '天成', '汇通', '润发', '新亚', '国泰', '富康', '长兴', '博远', '众诚', '兴旺', '启明', '聚力', '腾达', '信诚', '万家', '东方', '百川', '和顺', '德润', '宝利', '卓越', '嘉禾', '旭日'];

export interface Industry {
  word: string;
  scope: readonly string[];
}

export const INDUSTRIES: readonly Industry[] = [
  { word: '物流', scope: ['道路货物运输（不含危险货物）', '普通货物仓储服务', '国内货物运输代理', '装卸搬运', '信息咨询服务'] },
  { word: '商贸', scope: ['日用百货销售', '五金产品批发', '建筑材料销售', '电子产品销售', '针纺织品销售', '办公用品销售'] },
  { word: '餐饮管理', scope: ['餐饮服务', '食品销售', '餐饮管理', '外卖递送服务', '酒类经营'] },
  { word: '建筑工程', scope: ['建设工程施工', '住宅室内装饰装修', '建筑劳务分包', '土石方工程施工', '园林绿化工程施工'] },
  { word: '机械设备', scope: ['通用设备制造', '机械设备租赁', '机械设备销售', '金属加工机械制造', '机械零件加工'] },
  { word: '食品', scope: ['食品生产', '食品销售', '农副产品销售', '食用农产品批发', '预包装食品销售'] },
  { word: '电子科技', scope: ['电子元器件制造', '技术服务、技术开发、技术咨询', '计算机软硬件销售', '集成电路设计'] },
  { word: '农业发展', scope: ['谷物种植', '蔬菜种植', '牲畜饲养', '农业机械服务', '农产品的生产、销售、加工、运输、贮藏'] },
  { word: '医疗器械', scope: ['第二类医疗器械销售', '第一类医疗器械销售', '医用口罩批发', '卫生用品销售'] },
  { word: '服装', scope: ['服装制造', '服装服饰批发', '面料纺织加工', '鞋帽批发'] },
];

export function personName(rng: Random): string {
  const surname = SURNAMES.charAt(rng.int(0, SURNAMES.length - 1));
  const givenLength = rng.chance(0.7) ? 2 : 1;
  let given = '';
  for (let i = 0; i < givenLength; i++) given += GIVEN.charAt(rng.int(0, GIVEN.length - 1));
  return surname + given;
}

const ROADS = ['人民', '建设', '解放', '中山', '长江', '湖滨', '工业园', '新华', '东环', '科技', '金山', '滨江', '望江', '友谊', '创业', '兴业', '迎宾', '光明'];

/** 江苏省苏州市吴中区东吴北路88号3幢201室 */
export function address(rng: Random, city: City, withProvince = true): string {
  const district = rng.pick(city.districts);
  const road = `${rng.pick(ROADS)}${rng.pick(['路', '大道', '街', '北路', '南路', '东路'])}`;
  const number = `${rng.int(1, 999)}号`;
  const unit = rng.pick(['', '', `${rng.int(1, 12)}幢${rng.int(1, 25)}0${rng.int(1, 9)}室`, `${rng.int(1, 9)}号楼${rng.int(1, 6)}层`, `${rng.pick(['A', 'B', 'C'])}区${rng.int(1, 40)}号`]);
  const prefix = withProvince && !city.province.endsWith('市') ? city.province : '';
  return `${prefix}${city.city}市${district}${road}${number}${unit}`;
}

export interface Company {
  name: string;
  uscc: string;
  city: City;
  industry: Industry;
  address: string;
  legalRepresentative: string;
  soleTrader: boolean;
}

export function company(rng: Random, options: { city?: City; industry?: Industry; allowSoleTrader?: boolean } = {}): Company {
  const city = options.city ?? rng.pick(CITIES);
  const industry = options.industry ?? rng.pick(INDUSTRIES);
  const soleTrader = (options.allowSoleTrader ?? false) && rng.chance(0.3);
  const owner = personName(rng);
  const brand = rng.pick(SHOP_NAMES);
  let name: string;
  if (soleTrader) {
    const district = rng.pick(city.districts);
    const suffix = rng.pick(['商行', '经营部', '便利店', '餐馆', '五金店', '运输队']);
    name = `${city.city}市${district}${brand}${suffix}`;
  } else {
    const form = rng.pick(['有限公司', '有限公司', '有限责任公司', '股份有限公司']);
    name = rng.chance(0.8) ? `${city.city}${brand}${industry.word}${form}` : `${city.city}市${brand}${industry.word}${form}`;
  }
  return {
    name,
    uscc: uscc(rng, city.divisionCode, soleTrader),
    city,
    industry,
    address: address(rng, city),
    legalRepresentative: owner,
    soleTrader,
  };
}

export function businessScope(rng: Random, industry: Industry): string {
  const items = rng.sample(industry.scope, rng.int(2, Math.min(5, industry.scope.length)));
  return items.join('；');
}
