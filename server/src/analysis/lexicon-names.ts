/**
 * Common given names from many languages, lower case. A capitalised word from this list
 * followed by another capitalised word reads as a person (`Ivan Eland`), even in a headline.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w.length > 0));
}

export const FIRST_NAMES = set(`
aaron abby abdul abdullah abe abigail abraham ada adam adel adele adrian agnes ahmad ahmed aisha
al alan albert alberto alex alexander alexandra alexei alexey alexis alfred ali alice alicia
alison allan allen alvaro amanda amelia amir amy ana anatoly anders andre andrea andreas andrei
andrej andres andrew andrey andy angel angela angelina angelo angus anita ann anna anne annie
anthony anton antonio april arnold arthur ashley ashraf aung barack barbara barry bashar beatrice
ben benjamin benny bernard bernie beth betty bill billy bob bobby boris brad bradley brandon
brenda brett brian bruce bruno bryan buddy carl carla carlos carmen carol caroline carolyn
catherine cathy charles charlie charlotte chen cheryl chet chris christian christina christine
christopher chuck cindy claire clara claude claudia colin connie craig cristina cynthia dale
dan dana daniel danielle danny darren dave david dean deborah debra denis dennis derek diana
diane dick dieter dmitri dmitry dominic don donald donna doris dorothy doug douglas drew duncan
dustin dylan earl ed eddie edgar edith edmund eduardo edward edwin eileen elaine eleanor elena
eli elias elizabeth ella ellen elliot emil emily emma emmanuel emmanuelle enrique eric erica
erik erin ernest ethan eugene eva evan evelyn evgeny fabian faisal fatima felix fernando fiona
frances francesca francis francisco franco frank franz fred freda frederick fyodor gabriel
gabriela gail gareth gary gavin gene george georgy gerald gerhard gina giovanni giuseppe glen
glenn gloria gordon grace graham greg gregory guido guillermo gus guy hamid hana hannah hans
harold harriet harry hasan hassan heather heidi helen helena helmut henri henry herbert herman
hillary hiroshi holly howard hu hugh hugo hussein ian ibrahim igor ilya imran ingrid irene iris
isaac isabel isabella ivan ivana jack jackie jacob jacqueline jacques jake james jamie jan jane
janet janice jasmine jason javier jay jean jeff jeffrey jen jennifer jenny jens jeremy jerome
jerry jesse jessica jill jim jimmy jo joan joanna joe joel johan johann john johnny jon jonathan
jordan jorge jose josé joseph josephine josh joshua joy juan judith judy julia julian julie
julio justin kamala karen karim karl kate katherine kathleen kathryn kathy katie kay keith
kelly ken kenneth kevin khalid kim kirk klaus kofi kurt kyle larry laura lauren lawrence lee
leo leon leonard leonid leslie lewis liam lily linda lisa liz lloyd lois louis louise lucas
lucy luis luke lydia lynn maggie mahmoud malcolm manuel marc marcel marco marcus margaret maria
marie marina mario marion mark marta martha martin mary mathias matt matthew maureen max maxim
maya megan mehmet melanie melissa michael michel michelle miguel mike mikhail milan mitch mitt
mohamed mohammad mohammed monica muhammad nadia nancy naomi narendra natalia natalie natasha
nathan ned neil nelson nicholas nick nicola nicolas nicole nigel nikita nikolai nina noah noam
norman oleg olga oliver olivia omar oscar otto owen pablo pamela pat patricia patrick paul paula
pavel pedro peggy penny peter petr petra phil philip philippe phillip pierre piotr rachel rafael
ralph ramon randy raul ray raymond rebecca recep reed rex richard rick ricky rita rob robert
roberto robin rod roger roland ron ronald rosa rose ross roy ruby rudy rupert russell ruth ryan
saad sadiq salim sally salman sam samantha samuel sandra sara sarah scott sean sebastian sergei
sergey sergio shane sharon shawn sheila shimon shinzo shirley simon sofia sophie stan stanley
stefan stella stephanie stephen steve steven stuart susan suzanne sylvia tamara tanya ted terry
theodore theresa thomas tim timothy tina toby todd tom tommy tony tracy travis troy tyler ursula
valentina valery vanessa vasily vera veronica victor victoria viktor vincent viola vladimir
vladislav volodymyr walter wang wayne wendy werner wilhelm will william willie wolf wolfgang
xavier xi yasser yevgeny yosef youssef yuri yusuf zach zachary zhang zoe zoran
`);
