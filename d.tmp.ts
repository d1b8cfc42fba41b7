import { said } from './test/core/quotes/helpers.ts';
console.log(said('"We act now," said House Fisheries Subcommittee on Ports, Rivers, and Lakes Chair Dora Penn. "More soon."'));
console.log(said('"We act now," said House Fisheries Committee Chair "DJ" Penn.'));
console.log(said('Commenting on the report, Committee Chairman, the Rt Hon Neil Barford MP, said: "We act now."'));
console.log(said('"We act now," said the committee chairman, Neil Barford.'));
console.log(said('"We act now," said Neil Barford, chair of the ports subcommittee.'));
