/**
 * Common English nicknames and pet forms of given names, lower case: `nickname full full...`
 * on each line, men's names first, then women's. A nickname stands for a given name of one sex
 * only; forms used for both (`sam`, `alex`, `chris`, `pat`, `jo`, `terry`) are left out.
 */

function table(lines: string): ReadonlyMap<string, readonly string[]> {
  const m = new Map<string, string[]>();
  for (const line of lines.split('\n')) {
    const w = line.trim().split(/\s+/);
    if (w.length < 2) continue;
    const list = m.get(w[0]);
    if (list) list.push(...w.slice(1));
    else m.set(w[0], w.slice(1));
  }
  return m;
}

export const MALE_NICKNAMES = table(`
  abe abraham
  al albert alfred alan allan alexander
  andy andrew
  archie archibald
  bart bartholomew
  ben benjamin
  bert albert herbert robert
  bertie albert herbert
  bill william
  billy william
  bob robert
  bobby robert
  charlie charles
  chas charles
  chuck charles
  dan daniel
  danny daniel
  dave david
  davy david
  dick richard
  dicky richard
  don donald
  ed edward edmund edwin
  eddie edward edmund edwin
  ned edward edmund
  ted edward theodore
  teddy edward theodore
  fred frederick alfred
  freddie frederick alfred
  freddy frederick alfred
  geoff geoffrey
  gil gilbert
  hal henry harold
  hank henry
  harry henry harold
  herb herbert
  ike isaac
  jack john
  jacky john
  jake jacob
  jem james jeremiah
  jim james
  jimmy james
  jamie james
  joe joseph
  joey joseph
  johnny john
  jon jonathan
  larry lawrence laurence
  len leonard
  lenny leonard
  matt matthew
  mike michael
  mick michael
  mickey michael
  nat nathaniel nathan
  nick nicholas
  nicky nicholas
  ollie oliver
  pete peter
  phil philip phillip
  pip philip
  randy randolph
  ray raymond
  reggie reginald
  rob robert
  robbie robert
  ron ronald
  ronnie ronald
  sid sidney sydney
  steve stephen steven
  stevie stephen steven
  tim timothy
  timmy timothy
  toby tobias
  tom thomas
  tommy thomas
  tony anthony
  walt walter
  wally walter
  will william
  willie william
  willy william
  zach zachary
  zeke ezekiel
`);

export const FEMALE_NICKNAMES = table(`
  abby abigail
  addie adelaide adeline
  aggie agnes
  annie ann anne anna
  babs barbara
  becky rebecca
  bess elizabeth
  bessie elizabeth
  beth elizabeth
  betsy elizabeth
  betty elizabeth
  biddy bridget
  cathy catherine katherine
  carrie caroline carolina
  cissy cecilia cecily
  connie constance
  debbie deborah
  di diana
  dolly dorothy
  dot dorothy
  dottie dorothy
  eliza elizabeth
  ellie eleanor ellen
  elsie elizabeth
  fanny frances
  fannie frances
  flo florence
  florrie florence
  franny frances
  ginny virginia
  gussie augusta
  hattie harriet
  hetty henrietta hester
  jenny jane jennifer
  jessie jessica janet
  kate katherine catherine
  katie katherine catherine
  kathy katherine catherine
  kitty katherine catherine
  lettie letitia
  libby elizabeth
  lil lillian
  liz elizabeth
  liza elizabeth
  lizzie elizabeth
  lizzy elizabeth
  lottie charlotte
  maggie margaret
  madge margaret
  meg margaret
  meggie margaret
  mamie mary
  milly mildred millicent
  millie mildred millicent
  molly mary
  mollie mary
  nan ann anne
  nell eleanor ellen helen
  nellie eleanor ellen helen
  nelly eleanor ellen helen
  patty patricia martha
  peg margaret
  peggy margaret
  polly mary
  prue prudence
  sally sarah
  sadie sarah
  sukey susan susanna
  sue susan susanna
  susie susan susanna
  tess theresa teresa
  tessa theresa teresa
  tilly matilda
  trixie beatrice
  winnie winifred
`);

/**
 * Nicknames that are also common English words (`bill`, `will`, `jack`, `rob`): alone they
 * join a full given name only when the person is written with them elsewhere.
 */
export const WORD_NICKNAMES: ReadonlySet<string> = new Set([
  'bill', 'will', 'rob', 'bob', 'dick', 'peg', 'sue', 'pat', 'don', 'ray', 'hal',
  'nat', 'nick', 'mick', 'dot', 'ted', 'tim', 'di', 'nan', 'lil', 'fanny', 'dolly',
  'kitty', 'hank', 'chuck', 'herb', 'al', 'ed', 'ike', 'prue', 'bess', 'babs',
]);
