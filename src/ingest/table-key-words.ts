// The names a document's tables give their rows (套餐：畅享版, 场馆：羽毛球馆, 专业：数据科学与大数据技术) are words of
// that document: jieba, not knowing them, cuts 办畅享版学期包 into 办畅 | 享版 and the question loses the name it asks
// about. Column names under a spanning header (分省计划数·莳川) are words too. They join the dictionary, as institution names do, before index and questions are cut.
// (Only names jieba would cut with a one-character piece, 畅享|版, 羽毛球|馆: a name it cuts into words of
// its own, 国家|励志|奖学金, is read by those words, and what modifies what stays visible to the answer.)
import { cutDictionary } from '../text/jieba.js';

/** Shortest and longest row name worth a dictionary entry. */
const MIN_CHARS = 3;
const MAX_CHARS = 14;
/** A name: Chinese characters, with a bracketed part at most (护理学（助产方向）); no digits, no punctuation. */
const NAME = /^[\u4e00-\u9fa5]+(?:[（(][\u4e00-\u9fa5]+[）)])?$/;
/** Cells that number or total rows, not name them; and names opening with a number (六人间, 二等), which the
 * question grammar reads as a number and its measure word. */
const NOT_A_NAME = /^(?:总体|全校|全院|其他|其它|备注|说明)$|(?:合计|总计|小计|共计|汇总)$|^[一二三四五六七八九十两百千\d]/;
/** Characters of a clause, not a name (认定为…的本科生, 本学年不接收转入学生, 申请并提交). */
const CLAUSE_CHAR = /[为不且并的在已将了是把被从向对于]/;
/** Columns of people's names: a list of people, whose names are no words of the documents. */
const PERSON_HEADER = /姓名|名字|联系人|负责人|获奖者|学生$/;
/** Headers of columns that name what a row is about wherever they stand. */
const NAMING_HEADER = /名称|专业|项目|套餐|场馆|类别|类型|岗位|校区|院系|学院|部门|场次|对象|档次|等级|种类/;
/** Headers of columns of places (省份：菘江), whose names are often two characters. */
const PLACE_HEADER = /省份|省区|地区|生源地|城市|地市|省（区、市）|省\(区、市\)/;
/** A header of a column that numbers rows, whose cell is no name. */
const ORDINAL_HEADER = /^(?:序号|编号|代码|编码|No\.?)$/i;

/** Generic heads a row name may end in (枫岭校区, 体育馆): the part before one is the name proper. */
const GENERIC_HEAD = /^(?:校区|学院|学部|专业|中心|大楼|楼|馆|处|部|系)$/;

/**
 * The part of a row name that names it: 枫岭 of 枫岭校区, so it cuts as its sibling 江湾|校区 does and a follow-up
 * swapping one campus for the other sees two names of a kind. The whole when nothing generic ends it or too
 * little is left (文学院).
 */
function ownPart(name: string): string {
  const bare = name.replace(/[（(][^）)]*[）)]$/, '');
  // (Only a head jieba cuts as a word of its own: 医学院 of 第二临床医学院 is no 学院 after 第二临床医.)
  const last = cutDictionary(bare).at(-1) ?? '';
  const rest = bare.slice(0, bare.length - last.length);
  return GENERIC_HEAD.test(last) && [...rest].length >= 2 ? rest : bare;
}

/** True when jieba, as it stands, cuts the name with a one-character piece (not a connective: 化工与制药学院 is words joined). */
const cutApart = (name: string) => [...name].length >= 2 && cutDictionary(name).some((w) => [...w].length === 1 && !CONNECTIVE.test(w));
const CONNECTIVE = /^[与及和或的、]$/;

/** A cell's value that names something: Chinese, of a name's length, no total, number or clause. */
const isName = (value: string, min = MIN_CHARS) =>
  NAME.test(value) && !NOT_A_NAME.test(value) && !CLAUSE_CHAR.test(value) && [...value].length >= min && [...value].length <= MAX_CHARS;

/** The row names of a document's table rows ("header：value | header：value" lines). */
export function tableKeyWords(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line.includes(' | ')) continue;
    let first = true;
    for (const cell of line.split(' | ')) {
      const m = /^([^：:]{1,30})[：:]\s*(.+?)\s*$/.exec(cell);
      if (!m) continue;
      const header = m[1]!.trim();
      const value = m[2]!;
      if (ORDINAL_HEADER.test(header)) continue;
      // A column's own name (莳川 of 分省计划数（名）·莳川) is a name the question may use too.
      const column = header.split('·').at(-1)!.replace(/[（(][^）)]*[）)]$/, '').trim();
      // (A place is often two characters, 莳川: a column's name may be.)
      if (header.includes('·') && isName(column, 2) && cutApart(column)) out.add(column);
      const naming = (first || NAMING_HEADER.test(header.split('·').at(-1)!)) && !PERSON_HEADER.test(header);
      first = false;
      // (A place's name may be two characters, 菘江: jieba cuts it apart as it does 莳川.)
      if (!naming || !isName(value, PLACE_HEADER.test(header) ? 2 : MIN_CHARS)) continue;
      const word = ownPart(value);
      if (cutApart(word)) out.add(word);
    }
  }
  return [...out];
}
