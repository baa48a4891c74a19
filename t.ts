import { createSchoolMatcher, deriveAliases } from './src/retrieve/schools.js';
const names = ['湖南工程职业技术学院','湖南大众传媒职业技术学院','湖南石油化工职业技术学院','湖南安全技术职业学院','襄阳科技职业学院'];
for (const n of names) console.log(n, deriveAliases(n).join(' '));
const m = createSchoolMatcher(names);
console.log(m.find('湖南铁道职业技术学院的单招章程在哪看？'), m.unknown('湖南铁道职业技术学院的单招章程在哪看？'));
