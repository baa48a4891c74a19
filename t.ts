import { parseQuery } from './src/retrieve/query.js';
import { createSchoolMatcher } from './src/retrieve/schools.js';
import { loadLexicon } from './src/text/synonyms.js';
console.log(parseQuery('会公开教育收费吗？', { matcher: createSchoolMatcher([]), lexicon: loadLexicon(), today: new Date(), known: () => true }).intent);
