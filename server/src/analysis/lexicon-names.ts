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
gabriela gail gareth gary gavin gene george georgia georgy gerald gerhard gina giovanni giuseppe glen
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

adriana agatha aidan alana albrecht alec alejandro alessandro alfie alfonso alistair allison alma alonzo
alyssa ambrose amos angelica angie annette antoine antonia archie ariel arlene arturo astrid
audrey augustus avery axel bailey barbra basil beatriz becky belinda benedict
benoit bernadette bert bethany beverly bianca blake bonnie boyd bradford brendan brent brianna bridget
brooke bryce byron caleb calvin cameron camille candace carina carlo carmela carrie carson
casey cassandra cecil cecilia cedric celia chantal charlene chelsea chester christa christoph
clarence clark claudio clayton clifford clint clyde cody cole colleen conor conrad
constance cora corey cornelius courtney curtis cyril daisy dalia damian damon dane daphne darius
darlene darrell daryl davide deanna debbie delia delores derrick desmond devin dexter diego
dirk dolores dominique donovan dora doreen dorian dwight edna eduard elijah eliza ellie
elmer eloise elsa elvis emile emilio enzo erich ernesto ernst esther ethel etienne eugenia
everett ezra fabio farah felicity fergus fernanda florence floyd forrest francois franklin freddie
frederic frida fritz gabriele garrett gaston gemma genevieve geoffrey georg georgina gerard gertrude
gideon gilbert giles gillian giulia gladys glenda gonzalo gottfried greta gretchen gunther gwen
gwendolyn hal hank hannes harlan harvey hector heinrich heinz helga henrietta hilda
hilary hiram homer horace horst hubert ida ignacio imogen ines ira irving isaiah
isidore ismael jade jared jasper jean-claude jean-luc jean-pierre jeanne jeannette jeremiah jess
joaquin jocelyn jody johanna jolene jonas josef josiah joyce jules juliana juliette jurgen
kai karin karla kasper katarina katharina katrina kendra kent kirsten kristen kristin kristina
lacey lana lars laszlo laurel lena lenny leona leonardo leroy lester lionel
lorenzo loretta lorraine lou louisa lowell luca lucia lucille luigi luisa luz mabel mackenzie
madeleine madeline madison magdalena malik mandy manfred marcia marcos margarita margo maribel marilyn marjorie
markus marlene marsha marvin matilda mattias maurice mavis maximilian melinda melvin meredith mia
micah mildred millie milton miriam moira molly mona moses muriel myra myron
nadine nathaniel neville noel nora norbert odette olaf olive orlando oswald pascal patsy pauline
penelope percy perry philippa phoebe pierre-louis polly priscilla quentin quincy rachael ralf randall
raphael reginald regina reinhard rene renee reuben rhonda ricardo roberta rocco rodney rodrigo rohan
rolf ronan ronnie rosalind rosemary rowan roxanne rudolf rufus russ sabine sabrina sadie salvatore
sammy santiago sasha saul selena serena seth shannon sheldon sherry sidney
silvia simone sonia sonja stacey stanislav stefanie sterling susanne sven sybil sylvester tabitha tamsin
tara teresa terrence thaddeus thea thelma theo tiffany tobias tomas tonya tracey trent trevor
tristan trudy ulrich una valerie vaughn vernon vic vince virgil vivian wade wallace
walt warren wendell wesley whitney wilbur wilfred willard willis wilma winifred winston wyatt yolanda
yvette yvonne zelda
aaliyah adrienne alexa alisha anya arianna ashlee ashton aubrey brandi briana britney brittany
brittney caitlin carly cheyenne chloe christie ciara delilah denise desiree erika felicia gabrielle
giselle haley hailey hayley jada jaime jamal jeanette jermaine jillian joanne jodi juanita julianne
justine kaitlyn kara kayla kaylee kelsey kristy krystal kylie latoya lindsay lindsey lori mallory
marissa meghan miranda monique paige raquel shania shelby stacy tammy tori trisha vicki
aarav abdoulaye abebe abena abiodun adaeze adebayo adeola adewale aditi aditya adwoa afia agnieszka
ahmet ailsa ajay akash akiko akosua akshay amara amelie amina aminata aminu amit amitabh anand
anastasia andriy angharad anil anjali ankit annegret anupam anuradha aoife arjun arun arvind asha
ashok aurelie ayse babajide bilal bjorn bogdan bohdan boubacar brigitte burak caoimhe catriona
celine cheikh chiamaka chiara chidi chidinma chima chinedu chinonso chioma chipo chukwuemeka cian
ciaran corinne cristian dafydd declan deepa deepak devendra didier dimitris dina dinesh divya dmytro
dongwook dragos efua eilidh ekaterina eleni eleri elif emeka emine emre enrico eoin eunji farai
fatemeh fatma fatou federico feng folake fumio funmilayo gabor galina gaurav gethin giorgos gita
goncalo grainne gudrun hala halyna hamish hamza hannelore hao harish haruki haruto hemant hinata
hiroko hoang hossein hua huda huong huw ibrahima ifeoma ikechukwu indira ingeborg inmaculada ioana
irina iryna istvan iwan jakub jana javad jaya jayant jian jiho jihoon jing jiri jisoo jiwoo joao
juergen kagiso kaori karan kari katalin katarzyna katerina kavita kazuo keiko kemal kemi kenji kojo
kostas krishna krzysztof kudzai kumar kwabena kwadwo kwaku kwame kwasi kwesi lachlan lakshmi lalit
laurent layla leila lenka liang lindiwe linh lucie lyudmila madhav magnus mahesh malee malgorzata
mamadou mandla manish manoj marcin mariam mariana maryam massimo mathilde matteo meena mehdi mei
michal mihai ming minji minjun mio mohan mohsen morag moussa mukesh murat mustafa mykola nabil
nadezhda nandini naoko nasrin nataliya nathalie naveen neha ngozi niamh nikhil nikos nils nirmala
nitin nkechi nnamdi nomvula nour noura nuno obinna oisin oksana oleksandr oleksiy olena olivier orla
ousmane padraig pankaj paola parisa pawel petro phuong pilar pooja pradeep prakash pranab prashant
pratibha preeti priya priyanka qiang quang ragnhild rahul rajesh rajiv rakesh ramesh rami rania ravi
rekha reza rhys riccardo ritu rocio rohit roisin rudo rui sachin sakura salma samir samira sanjay
sanjeev santosh sarita satoshi seamus sebastien segun seojun seoyeon serhiy seydou shaun shirin
shreya shyam sian sigrid sinead siobhan sipho siriporn sita solveig somchai somsak sota souleymane
srinivas stefano subhash suda sudha sungmin sunil sunita suresh svetlana svitlana swati sylvie
takashi takeshi tanvi taras tariq tarun tatenda tatiana tendai tetiana thabo thandiwe thanh themba
thierry thuy tiago tinashe tomasz tomoko tsitsi tuan tunde uche uma usha uwe varun vasiliki vasyl
vijay vikram vinod vitaliy vivek vyacheslav walid wangari wanjiru wei wojciech xiao xin yannis
yaroslav yasmin yekaterina ying yogesh yoko yong yoshiro younghee yui yuki yulia yuriy yuto zahra
zanele zeynep zhen zhi ziad zodwa zofia zoltan zsofia zuzana
`);

/** Given names that tell a man (`John`, `Basil`), lower case. */
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set<string>([
  'john', 'james', 'william', 'george', 'charles', 'thomas', 'henry', 'robert', 'richard', 'edward', 'joseph',
  'david', 'michael', 'peter', 'paul', 'mark', 'frank', 'harry', 'jack', 'tom', 'dick', 'fred', 'arthur',
  'albert', 'walter', 'samuel', 'daniel', 'stephen', 'steven', 'andrew', 'philip', 'francis', 'hugh', 'ralph',
  'donald', 'barack', 'joe', 'vladimir', 'sergey', 'sergei', 'rex', 'boris', 'dmitry', 'nicolas', 'emmanuel',
  'xi', 'recep', 'bashar', 'benjamin', 'mike', 'bill', 'jim', 'bob', 'tony', 'ned', 'ivan', 'guy', 'wolf',
  'chris', 'matthew', 'patrick', 'kevin', 'brian', 'jason', 'ryan', 'eric', 'scott', 'alexander', 'nicholas',
  'edmund', 'oliver', 'harold', 'herbert', 'lewis', 'louis', 'martin', 'simon', 'timothy', 'victor', 'vincent',
  ...`aaron abel abraham adam adolph adrian alan alec alexis alfred algernon allan allen alonzo alvin ambrose amos
  andy angus anthony archibald archie arnold asa augustus austin barnaby bartholomew basil ben benedict bernard bert
  bertie bertram billy bruce bryan caleb calvin carl cecil cedric charley charlie chester christopher clarence claude
  clement clifford clyde colin conrad cornelius cuthbert cyril cyrus dan dave denis dennis derek dick dickon dominic
  dudley duncan earl eben ebenezer ed eddie edgar edwin egbert elijah elias eli elmer emil enoch ephraim ernest
  eugene eustace evan ezra felix ferdinand fergus fitzwilliam frankie franklin freddie frederic frederick gabriel
  gareth gavin geoffrey gerald gilbert giles godfrey gordon graham gregory gus gustave guy hal hank hans harvey hector
  hiram horace horatio howard hubert humphrey ian ichabod ike isaac isaiah jacob jake jasper jed jeff jeremiah jeremy
  jerome jerry jesse jethro joel johnny jonah jonas jonathan josh joshua josiah jude julian julius justin karl ken
  kenneth lancelot larry laurence lawrence leo leon leonard leopold les lester lionel lorenzo lucas lucius luke
  luther malcolm marcus mario marmaduke marshall matt matthias maurice max maximilian michel miles milton mortimer
  moses murray nat nathan nathaniel ned neville newland nick nigel noah norman obadiah otto owen patrick percival
  percy phil phineas pierre pip quentin ralph randolph raymond reginald reuben rex rhett rob robin rodney roger roland
  ronald rory rowland roy rudolf rudolph rufus rupert russell sam sammy sampson samson saul sebastian seth sid sidney
  silas solomon stanley steve ted teddy terence theo theodore thaddeus tim tobias toby tommy tristram ulysses
  uriah vernon wallace walt warren wat wilfred wilfrid will willie willoughby winston wyatt zachary zeke`.split(/\s+/),
  // Given names of today's news, in many languages, that tell a man.
  ...`abdul abdullah abe adel ahmad ahmed aidan al alberto albrecht alejandro alessandro alexei alexey alfie
  alfonso ali alistair alvaro amir anatoly anders andre andreas andrei andrej andres andrey angelo antoine
  anton antonio arturo ashraf ashton axel barry benny benoit bernie boyd brad bradford bradley brandon brendan
  brent brett bruno bryce buddy byron carlo carlos carson chet christian christoph chuck clark claudio clayton
  clint cody cole conor craig curtis damian damon dane danny darius darrell darren daryl davide dean derrick
  desmond dexter diego dieter dirk dmitri don donovan dorian doug douglas dustin dwight dylan eduard eduardo
  elliot elvis emile emilio enrique enzo erich erik ernesto ernst ethan etienne everett evgeny fabian fabio
  faisal fernando floyd forrest francisco franco francois franz fritz fyodor gabriele garrett gary gaston gene
  georg georgy gerard gerhard gideon giovanni giuseppe glen glenn gonzalo gottfried greg guido guillermo
  gunther hamid hannes harlan hasan hassan heinrich heinz helmut henri herman hiroshi homer horst hugo hussein
  ibrahim ignacio igor ilya imran irving isidore ismael jacques jamal jared javier jay jean-claude jean-luc
  jean-pierre jeffrey jens jermaine jimmy joaquin johan johann jon jorge jose josef josé juan julio jurgen
  karim kasper keith kent khalid kirk klaus kofi kurt kyle lars laszlo lenny leonardo leonid leroy liam lloyd
  lowell luca luigi luis mahmoud malik manfred manuel marc marcel marco marcos markus marvin mathias mattias
  maxim mehmet melvin micah miguel mikhail milan mitch mitt mohamed mohammad mohammed muhammad myron narendra
  neil nelson nikita nikolai noam norbert olaf oleg omar orlando oscar oswald pablo pascal pavel pedro perry
  petr philippe phillip pierre-louis piotr quincy rafael ralf ramon randall randy raphael raul ray reed
  reinhard ricardo rick ricky roberto rocco rod rodrigo rohan rolf ron ronan ronnie ross rudy russ saad sadiq
  salim salman salvatore santiago sean sergio shane shawn sheldon shimon shinzo stan stanislav stefan sterling
  stuart sven sylvester terrence todd tomas travis trent trevor tristan troy tyler ulrich valery vasily vaughn
  vic viktor vince virgil vladislav volodymyr wade wayne wendell werner wesley wilbur wilhelm willard willis
  wolfgang xavier yasser yevgeny yosef youssef yuri yusuf zach zoran
  aarav aditya ajay akash akshay amit amitabh anand anil ankit anupam arjun arun arvind ashok deepak
  devendra dinesh gaurav harish hemant jayant karan krishna kumar lalit madhav mahesh manish manoj
  mohan mukesh naveen nikhil nitin pankaj pradeep prakash pranab prashant rahul rajesh rajiv rakesh
  ramesh ravi rohit sachin sanjay sanjeev santosh shyam srinivas subhash sunil suresh tarun varun
  vijay vikram vinod vivek yogesh abebe abiodun adebayo adewale aminu babajide chidi chima chinedu
  chukwuemeka emeka ikechukwu kwabena kwadwo kwaku kwame kwasi nnamdi obinna segun thabo themba tunde
  sipho mandla kagiso kojo kwesi abdoulaye boubacar cheikh ibrahima mamadou moussa ousmane seydou
  souleymane hao qiang zhi yong jian feng liang takeshi kenji haruki takashi satoshi kazuo yoshiro
  fumio haruto yuto sota minjun seojun jiho sungmin jihoon dongwook hoang tuan quang somchai somsak
  dmytro oleksandr oleksiy serhiy mykola yuriy vitaliy bohdan taras andriy petro vasyl yaroslav
  vyacheslav tomasz krzysztof pawel wojciech marcin jakub michal jiri zoltan istvan gabor mihai
  cristian bogdan dragos nikos giorgos kostas dimitris yannis mustafa ahmet emre burak murat kemal
  reza hossein mohsen javad mehdi tariq bilal hamza walid nabil samir rami ziad declan ciaran cian
  padraig seamus eoin oisin shaun rhys gethin dafydd huw iwan hamish lachlan juergen uwe thierry
  olivier sebastien laurent didier matteo federico riccardo stefano massimo enrico joao tiago rui nuno
  goncalo bjorn nils magnus`.split(/\s+/),
]);

/** Given names that tell a woman (`Mary`, `Emma`), lower case. */
export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set<string>([
  'mary', 'elizabeth', 'anne', 'ann', 'jane', 'margaret', 'sarah', 'emily', 'emma', 'alice', 'catherine',
  'katherine', 'katharine', 'catharine', 'kathrine', 'helen', 'florence', 'elinor', 'marianne', 'charlotte', 'lucy', 'susan', 'martha', 'julia',
  'angela', 'hillary', 'theresa', 'nancy', 'kamala', 'jen', 'karine', 'jennifer', 'maria', 'anna', 'laura',
  'linda', 'barbara', 'patricia', 'rose', 'edith', 'dorothy', 'harriet', 'fanny', 'isabella', 'louisa',
  'amelia', 'clara', 'eleanor', 'agnes', 'beatrice', 'ellen', 'grace', 'hannah', 'kate', 'lydia', 'maggie',
  'nelly', 'polly', 'rachel', 'rebecca', 'ruth', 'sophia', 'victoria', 'winifred', 'julie', 'christine',
  'marine', 'ursula', 'federica', 'nikki', 'samantha', 'julia', 'jenna', 'dana', 'zoe', 'judith', 'esther',
  ...`abigail ada adela adelaide adele agatha aggie alexandra alexandrina alicia alma amanda amy annabel annabella
  annette annie antonia arabella augusta aurora ava bella belle bertha beryl bess bessie beth betsey betsy betty
  blanche bridget caroline carrie cassandra cecilia cecily celia charity christina cicely clarissa claudia constance
  cora cordelia cynthia daisy delia della diana dinah dolly dora dorcas doris dorothea dulcie edna effie eliza ella
  ellie eloise elsa elsie emmeline estella ethel etta eugenia eva eve evelina evelyn fay felicity flora florrie frances
  francesca freda georgiana georgina gertrude gladys gwendolen gwendolyn hattie hester hetty hilda honor honora hope
  ida imogen irene iris isabel isobel ivy jemima jenny jessie jo joan joanna josephine joy juliet june kathleen kitty
  lavinia leah lena letitia lettie lilian lillian lily lizzie lizzy lois lottie louise lucinda lucretia lucille
  mabel madeleine madeline mae maisie marcia margery marguerite marie marilla marion marjorie marmee matilda maud
  maude may meg mercy millicent millie minnie miriam molly mona myra nan nancy nanny nell nellie nettie nora norah
  olive olivia ophelia pamela patience pauline pearl peg peggy penelope philippa phoebe phyllis priscilla prudence
  rebekah rhoda rosa rosalind rosamond rosamund rosie rowena sadie sally selina sibyl sophie sophy stella sukey susanna
  susannah susie sybil sylvia tabitha tess tessa theodora theresa tilly trixie una vera viola violet virginia
  wilhelmina winnie`.split(/\s+/),
  // Given names of today's news, in many languages, that tell a woman.
  ...`aaliyah abby adriana adrienne aisha alana alexa alisha alison allison alyssa ana angelica angelina angie
  anita anya april arianna arlene ashlee astrid audrey barbra beatriz becky belinda bernadette bethany beverly
  bianca bonnie brandi brenda briana brianna britney brittany brittney brooke caitlin camille candace carina
  carla carly carmela carmen carol carolyn chantal charlene chelsea cheryl cheyenne chloe christa christie
  ciara cindy claire colleen connie cristina danielle daphne darlene deanna debbie deborah debra delilah
  delores denise desiree diane dolores donna doreen eileen elaine elena emmanuelle erica erika erin farah
  fatima felicia fernanda fiona frida gabriela gabrielle gail gemma genevieve gillian gina giselle giulia
  glenda gloria greta gretchen gwen hailey haley hana hayley heather heidi helena helga henrietta holly
  ines ingrid ivana jacqueline jada jade janet janice jasmine jeanette jeanne jeannette jessica jill jillian
  joanne jocelyn jodi jolene joyce juanita judy juliana julianne juliette justine kaitlyn kara karen karin
  karla katarina katharina kathryn kathy katie katrina kayla kaylee kelsey kendra kirsten kristen kristin
  kristina kristy krystal kylie lacey lana latoya lauren leona lindsay lindsey lisa liz loretta lori lorraine
  lucia luisa luz madison magdalena mallory mandy margarita margo maribel marilyn marina marissa
  marlene marsha marta maureen mavis maya megan meghan melanie melinda melissa mia michelle mildred miranda
  moira monica monique muriel nadia nadine naomi natalia natalie natasha nicole nina odette olga paige patsy
  paula penny petra rachael raquel regina renee rhonda rita roberta rosemary roxanne ruby sabine sabrina sandra
  sara selena serena shania sharon sheila sherry shirley silvia sofia sonia sonja stacey stacy stefanie
  stephanie susanne suzanne tamara tammy tamsin tanya tara teresa thea thelma tiffany tina tonya tori tracey
  trisha trudy valentina valerie vanessa veronica vicki vivian whitney wilma yolanda yvette yvonne zelda
  aditi anjali anuradha asha deepa divya gita indira jaya kavita lakshmi meena nandini neha nirmala
  pooja pratibha preeti priya priyanka rekha ritu sarita shreya sita sudha sunita swati tanvi uma usha
  abena adaeze adeola adwoa afia akosua amara amina chiamaka chidinma chioma folake funmilayo ifeoma
  kemi ngozi nkechi thandiwe wanjiru wangari zanele zodwa lindiwe nomvula tsitsi chipo rudo efua
  aminata fatou mei jing xiao ying yoko keiko akiko naoko hiroko tomoko kaori sakura yui mio seoyeon
  jisoo eunji minji younghee huong phuong thuy linh siriporn malee olena oksana yulia iryna nataliya
  tetiana svitlana halyna svetlana lyudmila galina tatiana anastasia ekaterina yekaterina irina
  nadezhda agnieszka malgorzata katarzyna zofia katerina lenka jana zuzana katalin zsofia ioana eleni
  vasiliki ayse fatma zeynep emine maryam zahra fatemeh shirin parisa leila nasrin nour rania dina
  layla yasmin hala samira noura huda salma mariam niamh siobhan aoife orla roisin sinead grainne
  caoimhe sian eleri angharad catriona morag ailsa eilidh hannelore gudrun ingeborg annegret corinne
  mathilde amelie lucie sylvie brigitte nathalie celine aurelie chiara paola pilar rocio inmaculada
  mariana sigrid ragnhild solveig`.split(/\s+/),
]);
