/**
 * Ordinary words that are capitalised only because they open a sentence, a quote or a
 * headline (`Despite`, `The`, `However`), plus days, months and name particles.
 * All entries are lower case; look words up with their lower-case form.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w.length > 0));
}

/**
 * Words that never begin a name: function words, pronouns, common sentence adverbs and
 * conjunctions, time words. A capitalised run starting with one of them loses it
 * (`The Kremlin` -> `Kremlin`, `Despite Moscow` -> `Moscow`).
 */
export const STOPWORDS = set(`
a an the this that these those there here then than thus so such some any each every all
both either neither no not nor none one two three four five six seven eight nine ten
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
who whom whose which what when where why how whether while whilst whereas
and or but yet for because since unless until till though although if else once
of in on at to from by with without within into onto upon over under above below
about after before during despite against among amongst around across along beside besides
between beyond through throughout toward towards near via per like unlike except amid amidst
as is are was were be been being am do does did done have has had having
will would shall should can could may might must ought
not also just only even still already again always never ever often sometimes soon
however therefore moreover furthermore meanwhile nevertheless nonetheless instead otherwise
indeed perhaps maybe certainly clearly obviously actually basically finally firstly secondly
last next first second third new old many much more most less least few several other another
yes yeah no okay ok oh well hi hello please thanks thank dear
today tonight tomorrow yesterday now later earlier recently currently
after afterwards accordingly additionally consequently hence likewise similarly
according regarding concerning including following given speaking asked said says
let lets let's it's that's there's here's what's i'm i've i'll i'd we're we've we'll
you're you've he's she's they're they've don't doesn't didn't isn't aren't wasn't weren't
can't won't wouldn't shouldn't couldn't haven't hasn't
everyone everybody everything someone somebody something anyone anybody anything
nobody nothing whoever whatever wherever whenever
hey dear sorry wow ah aha hmm um uh look listen
`);

/**
 * Greetings and answers that open a sentence and are no name (`Welcome, Joe.`, `Exactly,
 * Maria.`, `Good-evening, doctor.`); they may open a name elsewhere (`Good Hope`), so they
 * are no stopwords.
 */
export const INTERJECTIONS = set(`
welcome congratulations congrats thanks goodbye good-bye bye farewell adieu cheers howdy
good-morning good-evening good-afternoon good-night goodnight good-day morning evening afternoon
sorry pardon excuse right alright sure exactly absolutely correct true fine indeed precisely
agreed amen bravo hurrah hooray hush quiet enough wait stop hurry come go right-o
`);

/** Days of the week and months: capitalised, never an actor. */
export const CALENDAR = set(`
monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
christmas easter ramadan eid hanukkah thanksgiving juneteenth kwanzaa diwali passover halloween
nowruz purim hashanah kippur pentecost
am pm a.m. p.m. est edt gmt utc cet bst pst pdt cst cdt
`);

/**
 * Capitalised words that are not actors: languages, religions, common acronyms that are no
 * organisation, words capitalised by convention (`Internet`), a transcript's stage directions
 * (`(Applause.)`).
 */
export const NON_NAMES = set(`
i ok okay tv dvd cd usb pc id it ai hq pr vip faq asap aka rip lol fyi ceo cfo coo cto gdp dna rna
aids hiv covid covid-19 sars mers ebola ngo ngos un-related pm am bc ad ce bce uk-based
q a qa q&a mp vp md phd mba bsc msc ba ma llb jd dj mc mvp ufo faq url html pdf gps sms
internet web email e-mail online
spaniard frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman
welshman welshwoman dutchman briton brit dane swede finn turk scot pole kiwi aussie
islam christianity judaism buddhism hinduism catholicism
god allah
poor dear dearest
image photo video audio file source note update editor's advertisement
chapter section page part
applause laughter inaudible crosstalk booing
`);

/** Capitalised words that are no actor standing alone (`Heaven knows`), though a name may begin with one. */
export const ALONE_NON_NAMES = set(`heaven heavens`);

/**
 * Lower-case particles inside personal names (`Ludwig van Beethoven`, `Osama bin Laden`).
 * A name never starts or ends with one.
 */
export const NAME_PARTICLES = set(`
van von der den de del della di da du des la le bin ibn ben bint al el dos das do ter ten zu y
`);

/**
 * Prefixes written joined to a capitalised name part (`al-Assad`, `d'Ettorre`, `el-Sisi`).
 * Lower case, without the joining mark.
 */
export const JOINED_PREFIXES = set(`al el ad ar as at ash az an bin ibn abu d l o mc`);
