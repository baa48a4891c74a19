// A measure stated with a value that is no figure: "选测科目等级为B+B及以上", "录取规则是先分数后等级".
// A 多少 question about such a measure is answered by the sentence that states it; a 几件 question
// by the sentence saying there were none.

/** Words between a measure (and up to a few characters naming its aspect) and its value. */
const STATED = /^[\u4e00-\u9fa5]{0,3}?(?:为|是(?!否)|：|:|达到|不低于|不少于|不高于|不超过)[^，。；,;、\s]/;

export function statesValueOf(text: string, measures: string[]): boolean {
  return measures.some((m) => {
    for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) if (STATED.test(text.slice(at + m.length))) return true;
    return false;
  });
}

/** A statement that something did not happen or was not received: the count asked is none. */
const NONE = /(?:未|没有|尚未|暂未|并未|无)(?:收到|接到|受理|发生|出现|开展|有)|(?:为|是)零|均为0(?![\d.])/;

export function statesNone(text: string): boolean {
  return NONE.test(text);
}
