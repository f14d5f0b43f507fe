import { tag } from './src/lib/extract/language';
const S = [
 'Gaddafi, a fugitive since August, was killed on Thursday after fighters captured his hometown of Sirte.',
 'The military said Friday that it would be lifted once calm returned.',
 'It has been tense since Oct. 7, 2023, when Hamas invaded Israel, killing many.',
 'The government is organizing a "committee to end the presence," the office said Friday.',
 "O'SMACH, Cambodia (AP)_ The top commander of a resistance force said Thursday he has sent a team.",
 'His car was spotted nearby, and was found abandoned at Newark airport in December, investigators said.',
 'Then, after extending its offer four times, IMA early this month lowered its offer to $26.50 a share.',
 'Kopp is a suspect in sniper shootings that injured abortion doctors in November in Vancouver.',
 "``We know what we want to introduce before a grand jury,'' Clark said in a telephone interview Monday.",
];
for (const s of S) console.log(tag(s).map(w=>w.text+'/'+w.pos+(w.lemma!==w.lower?'('+w.lemma+')':'')).join(' '));
