import * as chrono from 'chrono-node';
const p = chrono.strict.clone();
const probe = { option: {}, text: '', refDate: new Date(0) } as any;
p.parsers.forEach((x:any,i)=>{let s='';try{s=x.pattern(probe).source.slice(0,90)}catch{s='(no pattern)'};console.log(i,x.constructor.name,s)});
console.log('refiners', p.refiners.map((r:any)=>r.constructor.name).join(', '));
