import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';

/** `speaker / described` of each top-level quote, in order. */
function answers(text: string): string[] {
  return analyze(text)
    .quotes.filter((q) => q.depth === 0)
    .map((q) => q.speaker ?? `(${q.described ?? ''})`);
}

test('a role brought in by `a` or `one` names someone unnamed, with the body it serves, not a person of that role', () => {
  const text = [
    'The levy goes to court. A lawyer for the Dunmere County Ratepayers Association told reporters, "We will file this month."',
    '',
    '"It will not survive the summer," said one Green councillor, who asked not to be named.',
    '',
    'A spokesman for the Tarrant Chamber of Commerce said its members "want certainty."',
  ].join('\n');
  assert.deepEqual(answers(text), [
    '(a lawyer for the Dunmere County Ratepayers Association)',
    '(one Green councillor)',
    '(a spokesman for the Tarrant Chamber of Commerce)',
  ]);
});

test('a role brought in by `a` and set off before a name is that person\'s', () => {
  const text = 'A spokesman for the Tarrant Council, Ivo Brandt, said on Monday, "We want certainty."';
  assert.deepEqual(answers(text), ['ivo-brandt']);
});

test('an earnings call labels its speakers `Name -- Role:`, the role holding commas or a firm', () => {
  const text = [
    'Operator: Our first question comes from Ines Varga with Tolland Securities.',
    '',
    'Ines Varga -- Tolland Securities: Thanks. A question on margins.',
    '',
    'Oskar Lind -- Vice President, Investor Relations: Good morning. When we met in May, I said, "Margins come first."',
    '',
    'Ines Varga — Tolland Securities: Thank you.',
  ].join('\n');
  const m = analyze(text);
  const labels = m.speakers.map((s) => `${s.name} / ${s.role ?? ''}`);
  assert.deepEqual(labels.slice(1), ['Ines Varga / Tolland Securities', 'Oskar Lind / Vice President, Investor Relations', 'Ines Varga / Tolland Securities']);
  assert.equal(m.quotes[0].speaker, 'oskar-lind');
});

test('a participants list of `Name -- Role` lines with no colon holds no labels', () => {
  const text = ['Company Participants', 'Oskar Lind -- Vice President, Investor Relations', 'Mara Holt -- Chief Financial Officer', '', 'Mara Holt: Good morning.', 'Oskar Lind: Thanks.'].join('\n');
  assert.deepEqual(analyze(text).speakers.map((s) => s.name), ['Mara Holt', 'Oskar Lind']);
});

test('in a speaker\'s turn, an unnamed board, rival or customer that says something speaks it, not the speaker', () => {
  const text = [
    'Operator: Our next question comes from Ines Varga.',
    '',
    'Ines Varga: Thanks. The board said in the spring release that it would consider "every option for the cash." And your main rival said last week that prices were "under pressure." Does that worry you?',
    '',
    'Oskar Lind: No.',
  ].join('\n');
  assert.deepEqual(answers(text), ['(the board)', '(your main rival)']);
});

test('a description goes back over `from` or `of` to its head: the minutes from that meeting, not that meeting', () => {
  const text = ['Host: Were they minuted?', '', 'Guest: No. The minutes from that meeting say, and I am reading, "No matters arising." Then he left.'].join('\n');
  assert.deepEqual(answers(text), ['(the minutes from that meeting)']);
});

test('the mother of one of them is someone new, not the last woman named', () => {
  const text = [
    'Host: Foreign Secretary Anna Vell joins us.',
    '',
    'Anna Vell: When I met the families, the mother of one of them said to me, "Bring him home." That is what we will do.',
  ].join('\n');
  assert.deepEqual(answers(text), ['(the mother of one of them)']);
});

test('a note in brackets after a label\'s role, such as (through interpreter), is no part of the role', () => {
  const text = ['IVO BRANDT, TARSK STATE RADIO (through interpreter): Thank you. A question for the Minister.', '', 'MINISTER VELL: Go ahead.'].join('\n');
  const label = analyze(text).speakers[0];
  assert.equal(label.name, 'IVO BRANDT');
  assert.equal(label.role, 'Tarsk State Radio');
});

test('a meeting record\'s RESOLVED: and Present: lines are no speakers', () => {
  const text = [
    'Present: Councillor Ana Holt (Chair), Councillor Ivo Brandt',
    '',
    'Councillor Brandt: I move that we defer.',
    '',
    'Councillor Holt: Seconded. Carried.',
    '',
    'RESOLVED: That the application be deferred.',
  ].join('\n');
  assert.deepEqual(analyze(text).speakers.map((s) => s.name), ['Councillor Brandt', 'Councillor Holt']);
});

test('a word opening a sentence before someone called by a title (`Mostly, Senator.`) is no one\'s name', () => {
  const text = [
    'HOST: Senator Ivo Brandt joins us.',
    '',
    'PANELIST: I believe her, mostly.',
    '',
    'BRANDT: Mostly. That is generous.',
    '',
    'PANELIST: Mostly, Senator.',
    '',
    'HOST: Noted, Councillor Holt. Thank you both.',
  ].join('\n');
  const ids = analyze(text).actors.map((a) => a.id);
  assert.ok(!ids.includes('mostly'), ids.join(' '));
  assert.ok(!ids.includes('noted'), ids.join(' '));
});

test('a role set off between a name called and a full name is the full name\'s', () => {
  const text = 'HOST: We are back with Ivo Brandt. Ivo, the minister for ports, Ana Holt, has said the process was "robust." Was it?\n\nBRANDT: It was audited.';
  const ministers = analyze(text).actors.filter((a) => a.roles.includes('minister') && a.id !== 'ana-holt');
  assert.deepEqual(ministers.map((a) => a.id), []);
});

test('the subject of a cue verb comes after a colon before it: `Minister, on grain: the Food Council said`', () => {
  const text = [
    'MINISTER HOLT: Next question.',
    '',
    'IVO BRANDT, REUTERS: Thank you. Minister, on grain: the Food Council said on Monday that shipments had fallen by "more than half." When will they resume?',
  ].join('\n');
  assert.deepEqual(answers(text), ['food-council']);
});

test('a chamber of commerce and a securities firm are organisations, whole, also inside a role', () => {
  const m = analyze('A spokesman for the Tarrant Chamber of Commerce said so. Our first question comes from Ines Varga with Holbrook Securities. Please go ahead.');
  const kinds = m.actors.map((a) => `${a.id} ${a.kind}`);
  assert.ok(kinds.includes('tarrant-chamber-of-commerce organization'), kinds.join(', '));
  assert.ok(kinds.includes('holbrook-securities organization'), kinds.join(', '));
  assert.ok(m.actors.some((a) => a.roles.includes('spokesman for the Tarrant Chamber of Commerce')), kinds.join(', '));
});

test('a venue line of a word and a head word (`Lancaster House, London, 12 May`) names the venue whole', () => {
  const text = ['JOINT PRESS CONFERENCE', 'Dunmere House, London, 12 May', '', 'MINISTER HOLT: Good afternoon.'].join('\n');
  const ids = analyze(text).actors.map((a) => a.id);
  assert.ok(ids.includes('dunmere-house'), ids.join(' '));
  assert.ok(!ids.includes('house'), ids.join(' '));
});

test('the Chamber alone, a legislature\'s room, is no organisation', () => {
  const ch = analyze('He was elected to this Chamber in 1990.').actors.find((a) => a.id === 'chamber');
  assert.notEqual(ch?.kind, 'organization');
});

test('a pronoun after a possessive (`I read her Brandt\'s line, she laughed`) says nothing of the possessor\'s gender', () => {
  const text = [
    '"I just count things," Ana Holt says, and she means it.',
    '',
    '"People think there is a plan," said Tom Okafor. "There is not," he added.',
    '',
    'Councillor Ivo Brandt was blunter. "She has more power than the cabinet," he said.',
    '',
    'When I read her Brandt\'s line about the cabinet, she laughed.',
    '',
    '"That is good," she said.',
  ].join('\n');
  assert.deepEqual(answers(text).slice(3), ['ivo-brandt', 'ana-holt']);
});

test('a denied verb after a quote (`He did not say`, `and nobody replied`) attributes nothing; the cue before it does', () => {
  const text = [
    'The Chair: Councillor Holt.',
    '',
    'Councillor Holt: The inspector also said the sites had to come forward "with the roads they need." He did not say approve everything. The parish council wrote to us that the lane was "already dangerous," and nobody replied to them.',
  ].join('\n');
  assert.deepEqual(answers(text), ['(the inspector)', '(the parish council)']);
});

test('one of a group (`One of them told me`) and someone who `put it` so describe the speaker', () => {
  const text = [
    'HOST: Where does this go?',
    '',
    'GUEST: To court. The families were promised a date. One of them told me, "We feel strung along." One legislator, who did not want to be named, put it more bluntly: "It will be repealed by summer."',
    '',
    '"We will win," as one aide put it.',
  ].join('\n');
  assert.deepEqual(answers(text), ['(one of them)', '(one legislator)', '(one aide)']);
});

test('a colleague and a long description (`the inspector at the local plan examination said`) speak in a turn', () => {
  const text = [
    'The Chair: Councillor Holt.',
    '',
    'Councillor Holt: Chair, I support it. The inspector at the local plan examination said, and I quote, "the borough has not delivered." My colleague said, "Nor will it."',
  ].join('\n');
  assert.deepEqual(answers(text), ['(the inspector at the local plan examination)', '(my colleague)']);
});

test('someone new may be described at length: `said a former aide to the second of those mayors`', () => {
  const text = '"Ana is the government," said a former aide to the second of those mayors, who spoke on condition of anonymity. "The mayor is the weather."';
  assert.deepEqual(answers(text), ['(a former aide to the second of those mayors)', '(a former aide to the second of those mayors)']);
});

test('`The Minister says the port authority has reported that ...`: the body the Minister reports speaks', () => {
  const text = ['MINISTER HOLT: The port is open.', '', 'INTERPRETER: The Minister says the port authority has reported that ships are "loading normally" this week.'].join('\n');
  assert.deepEqual(answers(text), ['(the port authority)']);
});

test('a person whose words are quoted stays the speaker when a possessive noun looks like a cue (`the President’s tweet`)', () => {
  const text = ['Q    Ivo Brandt says the President’s tweet on the tariffs was “plain misdirection.”  Which is it?', '', 'MS. HOLT:  We disagree with Ivo Brandt.'].join('\n');
  assert.deepEqual(answers(text), ['ivo-brandt']);
});

test('after a name and `in` comes a place (`Ana in Dunmere, who writes`), and whom a spokesperson speaks for is a body', () => {
  const m = analyze('This is from Ana in Dunmere, who writes, "Why should I pay?" A spokesperson for Tarrow told me, "We subcontract." Some head for Kelderby.');
  const kinds = m.actors.map((a) => `${a.id} ${a.kind}`);
  assert.ok(kinds.includes('dunmere place'), kinds.join(', '));
  assert.ok(kinds.includes('tarrow organization'), kinds.join(', '));
  assert.ok(!kinds.includes('kelderby organization'), kinds.join(', '));
  assert.equal(m.quotes[0].speaker, 'ana');
});

test('`I talked to a bus driver, and she told me`: someone new brought in after `I ... to` is the pronoun\'s', () => {
  const text = ['HOST: Ana Holt, your response.', '', 'ANA HOLT: The report is old. I talked to a bus driver last week, and she told me, "The buses are on time." That is what the money buys.'].join('\n');
  assert.deepEqual(answers(text), ['(a bus driver)']);
});

test('a byline (`By Ivo Brandtner`) names its writer; `By The Associated Press` stays an organisation', () => {
  const ids = analyze('THE QUIET FIXER\n\nBy Ivo Brandtner\n\nOn a grey Thursday, Ana Holt is standing in the car park.').actors.map((a) => `${a.id} ${a.kind}`);
  assert.ok(ids.includes('ivo-brandtner person'), ids.join(', '));
  const ap = analyze('By The Associated Press\n\nThe talks ended.').actors.map((a) => `${a.id} ${a.kind}`);
  assert.deepEqual(ap, ['associated-press organization']);
});

test('a line opening with a key and a colon (`Officers:`) does not go on a name from the line before', () => {
  const text = [
    'Present: Councillor Ana Holt (Chair), Councillor Ivo Brandt (Vice-Chair), Councillor Mara Lind, Councillor Tom Okafor, Councillor Bernadette Quinn',
    'Officers: Philip Garside (Head of Planning), Sarah Whitlock (Legal Adviser)',
    '',
    'Councillor Quinn: So moved.',
    '',
    'Councillor Brandt: Seconded.',
  ].join('\n');
  const ids = analyze(text).actors.map((a) => a.id);
  assert.ok(ids.includes('bernadette-quinn'), ids.join(' '));
  assert.ok(ids.includes('ivo-brandt'), ids.join(' '));
  assert.ok(!ids.some((id) => id.includes('officers')), ids.join(' '));
});

test('a title-case line of titled names keeps a given name the lexicon does not know (`Councillor Rajveer Sandhu (Vice-Chair),`)', () => {
  const text = ['Present: Councillor Ana Holt (Chair), Councillor Rajveer Sandhu (Vice-Chair), Councillor Mara Lind', '', 'Councillor Sandhu: So moved.', '', 'Councillor Lind: Seconded.'].join('\n');
  const ids = analyze(text).actors.map((a) => a.id);
  assert.ok(ids.includes('rajveer-sandhu'), ids.join(' '));
});

test('`the colleague` is the colleague brought in before, described as they were brought in, even when the sentence that brought them in names someone else', () => {
  const text = [
    '"I count things," Ana Holt says, and she means it.',
    '',
    'One colleague described a meeting in which Holt overruled a committee. "She said no, and that was that," the colleague recalled. "Nobody asked why."',
  ].join('\n');
  assert.deepEqual(answers(text).slice(1), ['(one colleague)', '(one colleague)']);
});

test('`quoting one of your distributors as saying`: one of the group speaks, not the group', () => {
  const text = ['Operator: Next question.', '', 'Ines Varga: A report quoted one of your distributors as saying the firm had "lost shelf space." Can you comment?'].join('\n');
  assert.deepEqual(answers(text), ['(one of your distributors)']);
});

test('a participle cue after a comma (`..., saying`) speaks for the subject the sentence opens with', () => {
  const described = analyze('The central bank left its main rate unchanged on Thursday, saying inflation was falling "more quickly than we expected".\n');
  assert.equal(described.quotes[0].described, 'the central bank');
  const named = analyze('Northgate Bank left its main rate unchanged on Thursday, saying inflation was falling "more quickly than we expected".\n');
  assert.equal(named.quotes[0].speaker, 'northgate-bank');
});

test('whoever `had been told` something does not speak it: the cue before does (`X said staff had been told to “tidy up”`)', () => {
  const m = analyze('A senior official at the department said staff had been told to "tidy up" the lists.\n');
  assert.equal(m.quotes[0].described, 'a senior official at the department');
});

test('a cue word used as a noun after the quote (`before the annual report`) attributes nothing', () => {
  const m = analyze('Staff were asked to "tidy up" the lists before the annual report, Dana Whitlock said.\n');
  assert.equal(m.quotes[0].speaker, 'dana-whitlock');
  assert.equal(m.quotes[0].via, 'cue');
});

test('`as X spoke` after a quote says when, not who: the cue before the quote speaks', () => {
  assert.deepStrictEqual(answers('Dimitra Kouris said the school would close. One father shouted "Shame on you!" as Kouris spoke.\n'), ['(one father)']);
});

test('trades and bodies the news quotes describe their speakers: a former trustee, the trust', () => {
  assert.deepStrictEqual(answers('"We asked questions," said a former trustee, who spoke on condition of anonymity.\n'), ['(a former trustee)']);
  assert.deepStrictEqual(answers('The trust said in a statement that it was "relieved that justice has been done" and that homes would be surveyed.\n'), ['(the trust)']);
});

test('a group in the plural with where it is or what it knows describes the speaker whole (`officials at the ministry`)', () => {
  assert.deepStrictEqual(answers('Officials at the ministry said: "It will rain."\n'), ['(Officials at the ministry)']);
  assert.deepStrictEqual(answers('Humidity would stay "critically low" until the weekend, forecasters at the regional weather office said.\n'), ['(forecasters at the regional weather office)']);
  assert.deepStrictEqual(answers('People familiar with the talks said: "It is over."\n'), ['(People familiar with the talks)']);
});

test('a body written as `the trust`, `the utility`, `the club` or `the firm` speaks for the organisation named with those words', () => {
  const text = [
    'Orlen Vale Housing Trust was fined on Tuesday. The trust said it was "relieved it is over".',
    '',
    'Bramwick Power cut supplies to 4,000 homes. The utility said power would return "within the day".',
    '',
    'Fans gathered outside Corrigan Athletic on Friday. "The ground stays," the club said.',
    '',
    'Tessaly Freight Ltd lost the contract. "We will appeal," the firm said.',
    '',
    'Across town a company nobody named was quieter. "No comment," the agency said.',
  ].join('\n');
  assert.deepEqual(answers(text), ['orlen-vale-housing-trust', 'bramwick-power', 'corrigan-athletic', 'tessaly-freight-ltd', '(the agency)']);
});

test('`which` before a cue speaks for the paper\'s source, for whoever sent or issued the paper, or for the body itself', () => {
  const text = [
    'Members have the response from the county roads authority, which states that the junction is "operating at capacity".',
    '',
    'Her lawyers sent me a letter, which said she "rejects any suggestion of impropriety".',
    '',
    'The Tarrant Water Board issued a statement, which said supplies were "safe to drink".',
    '',
    'We put the figures to the Harlan Bus Company, which said the cuts were "regrettable but necessary".',
  ].join('\n');
  assert.deepEqual(answers(text), ['(the county roads authority)', '(her lawyers)', 'tarrant-water-board', 'harlan-bus-company']);
});

test('in a speaker\'s turn, a quote that goes on after `and` the sentence of a quote given to someone else is that one\'s too', () => {
  const text = [
    'Nadia Fenn: Did the chair answer?',
    '',
    'Owen Castle: Imelda Roke said she "rejects the claims" and "will not be commenting further." Which is her right.',
    '',
    'Nadia Fenn: Thank you.',
    '',
    'Owen Castle: As I said then, "We will keep asking."',
  ].join('\n');
  assert.deepEqual(answers(text), ['imelda-roke', 'imelda-roke', 'owen-castle']);
});

test('in a speaker\'s turn, `he` after a sentence that ends inside a quote is the person named alone in the sentence before', () => {
  const text = [
    'ANNA LOWE, HOST: Peter, are people angry?',
    '',
    'PETER QUAYLE (Reporter): They are. Joan Merriday put it bluntly. She said, “They have known about that wall for ten years.” I put that to the chief engineer, Dr Callum Brisk. He told me the authority had “never been given the money”.',
  ].join('\n');
  assert.deepEqual(answers(text), ['joan-merriday', 'callum-brisk']);
});

test('in a speaker\'s turn, `he` is someone else: the speaker says `I`', () => {
  const text = [
    '[00:00:13] Maya Osei: This week, the pool that closed in February. Dan, you have been digging into this.',
    '',
    '[00:01:50] Dan Whitcombe: I have. Their operations director, Keith Amberley, emailed us on Tuesday. He says the roof problems were "identified and logged" and that the company "acted on every recommendation it received from its surveyors". And then there is this line: “The company has invested more than £400,000 in the site since 2018.”',
  ].join('\n');
  assert.deepEqual(answers(text).slice(0, 2), ['keith-amberley', 'keith-amberley']);
});

test('`Cllr` is a councillor\'s title, not part of the name', () => {
  const text = [
    'The Chair: Cllr Marsh, you have the floor.',
    '',
    'Cllr Marsh: Thank you. My message is simple: "Footway first, houses second."',
    '',
    'The deputy leader, Cllr Rachel Dunphy, said the pool would "not be allowed to die". Councillor Deborah Marsh agreed.',
  ].join('\n');
  const m = analyze(text);
  assert.deepEqual(answers(text), ['deborah-marsh', 'rachel-dunphy']);
  assert.ok(m.actors.some((a) => a.id === 'rachel-dunphy' && a.roles.some((r) => /cllr/i.test(r))));
});

test('after a few words a sentence of narration reports, the next paragraph\'s `he said` is the same person going on', () => {
  const text = [
    'Substitute Lewis Brennock sealed the points in stoppage time.',
    '',
    'Athletic manager Stuart Hallam said afterwards that the performance was "the most complete we have put together all season".',
    '',
    '"We have been threatening something like that for a few weeks," he said.',
  ].join('\n');
  assert.deepEqual(answers(text), ['stuart-hallam', 'stuart-hallam']);
});

test('a paper speaks for its source: `It says:` after a statement was put out, `the statement said`, `a letter from` a body', () => {
  const text = [
    'PETER QUAYLE (Reporter): The Sallow Valley Flood Authority put out a statement this afternoon. It says: "The defences performed as designed." It goes on: "We will review our warning times."',
    '',
    'ANNA LOWE, HOST: Thank you, Peter.',
    '',
    'In a statement read to the court by the prosecutor, Mrs Varley\'s daughter, Lorraine Hatchett, said the family had been "torn apart".',
    '',
    '"Mum trusted him completely," the statement said.',
    '',
    'Mr Lindqvist: We have received a letter from Hatherby Parish Council, which states: "The parish council objects in the strongest terms."',
  ].join('\n');
  assert.deepEqual(answers(text), ['sallow-valley-flood-authority', 'sallow-valley-flood-authority', 'lorraine-hatchett', 'lorraine-hatchett', 'hatherby-parish-council']);
});

test('a participle after a comma speaks for the subject the sentence opens with, not a name in the words between', () => {
  const text = [
    '"I have no complaints about the result," Colin Adair said.',
    '',
    'He was critical of the decision not to award a penalty when Dowd went down under a challenge from Marcus Ellery-Shaw, calling it "a stonewall penalty".',
  ].join('\n');
  assert.deepEqual(answers(text), ['colin-adair', 'colin-adair']);
});

test('an organisation set off by commas right before the verb is its subject: `The developer, Tessaly Freight Ltd, has said`', () => {
  const text = [
    'Mr Lindqvist: It is not. The developer, Tessaly Freight Ltd, has said in its covering letter that it has "no current plans" for that land.',
    '',
    'The Chair: Thank you.',
  ].join('\n');
  assert.deepEqual(answers(text), ['tessaly-freight-ltd']);
});

test('`Their report` speaks for the body last named; a clause joined by `and` after a quote inside its sentence does not name its speaker', () => {
  const text = [
    'The second response is from the Lowmoor Water Board. Their report concludes that the scheme is "acceptable in principle, subject to conditions".',
    '',
    'One man told me the warnings were "a joke", and several people said the same thing.',
  ].join('\n');
  assert.deepEqual(answers(text), ['lowmoor-water-board', '(one man)']);
});

test('`Quote:` before a quote read out in a turn gives it to the source of the paper named before', () => {
  const text = [
    '[00:01:00] Maya Osei: Did they answer?',
    '',
    '[00:01:02] Dan Whitcombe: I asked the council about it, and the council sent us this statement. Quote: “Tollbridge Town Council is working closely with the operator.” End quote.',
    '',
    '[00:01:20] Maya Osei: Right.',
  ].join('\n');
  assert.deepEqual(answers(text), ['tollbridge-town-council']);
});

test('an unnamed source brought in as `a senior official` keeps that description when the text goes on with `the official`', () => {
  const text = 'A senior official who asked not to be named said ministers were worried. "If Harlowfield does not settle, we will see the same thing in Colbury," the official said.';
  assert.deepEqual(answers(text), ['(a senior official)']);
});
