import { analyze } from '../../server/src/analysis/analyze';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { SpeakerLabel, Span } from '../../server/src/analysis/model';
import { findSpeakers, findTimecodes } from '../../server/src/analysis/speakers';
import { scanLines } from '../../server/src/analysis/text';

const NBSP = '\u00a0';

function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

function labels(text: string): SpeakerLabel[] {
  return findSpeakers(text, scanLines(text));
}

function timecodes(text: string): string[] {
  const lines = scanLines(text);
  return findTimecodes(text, lines, findSpeakers(text, lines)).map((s) => text.slice(s.start, s.end));
}

function slice(text: string, span: Span | null): string | null {
  return span ? text.slice(span.start, span.end) : null;
}

/** The one label of `text`, with its spans checked against the text. */
function only(text: string): SpeakerLabel {
  const found = labels(text);
  assert.equal(found.length, 1, `expected one label, got ${JSON.stringify(found.map((s) => s.label))}`);
  const s = found[0];
  assert.equal(text.slice(s.start, s.end), s.label);
  assert.equal(slice(text, s.nameSpan), s.name);
  return s;
}

/** Label, name and role of every label, for compact expectations. */
function summary(text: string): [string, string, string | null][] {
  return labels(text).map((s) => [s.label, s.name, s.role]);
}

describe('capitals with a role and the quotation on the same line', () => {
  test('name and role split without a comma', () => {
    const text = 'ANGELA MERKEL GERMAN CHANCELLOR "It\'s a work meeting."';
    const s = only(text);
    assert.equal(s.label, 'ANGELA MERKEL GERMAN CHANCELLOR');
    assert.equal(s.name, 'ANGELA MERKEL');
    assert.equal(s.role, 'German Chancellor');
    assert.equal(slice(text, s.roleSpan), 'GERMAN CHANCELLOR');
    assert.equal(s.layout, 'caps-role');
    assert.equal(text[s.bodyStart], '"');
    assert.equal(s.anonymous, false);
  });

  test('an organisation as the role keeps its small words lower case', () => {
    const s = only('STEFAN MEISTER GERMAN COUNCIL ON FOREIGN RELATIONS "Both sides want a deal."');
    assert.equal(s.name, 'STEFAN MEISTER');
    assert.equal(s.role, 'German Council on Foreign Relations');
  });

  test('a reporter sign-off gives the place as the role', () => {
    const s = only('GUY HENDERSON BERLIN “That might help, but only a little.”');
    assert.equal(s.name, 'GUY HENDERSON');
    assert.equal(s.role, 'Berlin');
  });

  test('words in brackets before the colon: the holder of the office a label names, or the role of the person', () => {
    const text = joinLines(
      'ANCHOR (NINA OKAFOR): Good evening.',
      'BRIAN HOLLIS (COUNCIL LEADER): We have sandbags out.',
      'OTTO BRANDT (THROUGH TRANSLATOR): We are ready.',
      'SEN. ADA ROE (R): I object.',
    );
    assert.deepEqual(
      labels(text).map((s) => [s.label, s.name, s.role]),
      [
        ['ANCHOR (NINA OKAFOR)', 'NINA OKAFOR', 'Anchor'],
        ['BRIAN HOLLIS (COUNCIL LEADER)', 'BRIAN HOLLIS', 'Council Leader'],
        ['OTTO BRANDT', 'OTTO BRANDT', null],
        ['SEN. ADA ROE', 'SEN. ADA ROE', 'Sen.'],
      ],
    );
  });

  test('the words of an office before a title are the role, not the name', () => {
    assert.deepEqual(
      [only('OTTO BRANDT FINANCE MINISTER "We will listen first."'), only('MARIA DE SOUSA DEPUTY HEALTH MINISTER "Not yet."'), only('LENA BERG PRESS SECRETARY "No comment."')].map((s) => [s.name, s.role]),
      [
        ['OTTO BRANDT', 'Finance Minister'],
        ['MARIA DE SOUSA', 'Deputy Health Minister'],
        ['LENA BERG', 'Press Secretary'],
      ],
    );
  });

  test('acronyms stay in capitals when the role is title-cased', () => {
    assert.deepEqual(summary('DONALD TRUMP US PRESIDENT "Our relationship has never been worse."'), [
      ['DONALD TRUMP US PRESIDENT', 'DONALD TRUMP', 'US President'],
    ]);
    assert.equal(only('MARIA ROE CNN CORRESPONDENT "We are live here."').role, 'CNN Correspondent');
  });

  test('single quotation marks open the speech too', () => {
    const s = only("LENA BERG SWEDISH ENVOY 'We are close to a deal.'");
    assert.equal(s.name, 'LENA BERG');
    assert.equal(s.role, 'Swedish Envoy');
  });

  test('an initial keeps the name together; a one-word name before a demonym', () => {
    assert.equal(only('JOHN F. KENNEDY US PRESIDENT "We choose to go."').name, 'JOHN F. KENNEDY');
    const s = only('PUTIN RUSSIAN PRESIDENT "We are ready."');
    assert.equal(s.name, 'PUTIN');
    assert.equal(s.role, 'Russian President');
  });
});

describe('capitals with a colon', () => {
  test('full label with a comma role, then the surname alone', () => {
    const text = joinLines('WOLF BLITZER, CNN ANCHOR: Good evening.', 'BLITZER: Thanks for joining us.');
    assert.deepEqual(summary(text), [
      ['WOLF BLITZER, CNN ANCHOR', 'WOLF BLITZER', 'CNN Anchor'],
      ['BLITZER', 'BLITZER', null],
    ]);
    const [first, second] = labels(text);
    assert.equal(first.layout, 'caps-colon');
    assert.equal(slice(text, first.roleSpan), 'CNN ANCHOR');
    assert.equal(text.slice(first.bodyStart, first.bodyStart + 4), 'Good');
    assert.equal(text.slice(second.bodyStart, second.bodyStart + 6), 'Thanks');
  });

  test('a timecode before the label is its time, not part of the label', () => {
    const text = '[21:00:00] ANDERSON COOPER, CNN HOST: Tonight, the storm.';
    const s = only(text);
    assert.equal(s.label, 'ANDERSON COOPER, CNN HOST');
    assert.equal(s.time, '21:00:00');
    assert.equal(slice(text, s.timeSpan), '21:00:00');
    assert.equal(s.start, text.indexOf('ANDERSON'));
  });

  test('honorific and surname followed by two spaces or no-break spaces', () => {
    const text = joinLines(
      `MS. KOWAL:${NBSP} Good afternoon.`,
      '',
      'MR. BRAND:  Thank you.',
      '',
      `THE PRESIDENT:${NBSP}${NBSP}Well, look.`,
      '',
      'PRIME MINISTER SUGA:  (As interpreted.) Thank you.',
    );
    assert.deepEqual(
      labels(text).map((s) => [s.name, text.slice(s.bodyStart, s.bodyStart + 4)]),
      [
        ['MS. KOWAL', 'Good'],
        ['MR. BRAND', 'Than'],
        ['THE PRESIDENT', 'Well'],
        ['PRIME MINISTER SUGA', '(As '],
      ],
    );
  });

  test('a label after leading no-break spaces and with accented capitals', () => {
    const text = `${NBSP}${NBSP} PRESIDENT LÓPEZ OBRADOR:${NBSP} Gracias.`;
    const s = only(text);
    assert.equal(s.name, 'PRESIDENT LÓPEZ OBRADOR');
    assert.equal(text.slice(s.bodyStart), 'Gracias.');
  });

  test('unidentified speakers are anonymous', () => {
    const text = joinLines('UNIDENTIFIED MALE: Over here!', 'UNKNOWN: Who said that?', 'CROWD: Open the gates!');
    assert.deepEqual(
      labels(text).map((s) => [s.name, s.layout, s.anonymous]),
      [
        ['UNIDENTIFIED MALE', 'unidentified', true],
        ['UNKNOWN', 'unidentified', true],
        ['CROWD', 'unidentified', true],
      ],
    );
  });
});

describe('press briefing questions', () => {
  test('Q followed by no-break spaces is an anonymous questioner', () => {
    const text = `Q${NBSP}${NBSP}${NBSP} Thank you, Jen.`;
    const s = only(text);
    assert.equal(s.name, 'Q');
    assert.equal(s.layout, 'question');
    assert.equal(s.anonymous, true);
    assert.equal(text.slice(s.bodyStart), 'Thank you, Jen.');
  });

  test('Q with one space counts at a paragraph start, not inside wrapped prose', () => {
    assert.equal(labels(joinLines('MS. ROE:  Next question.', '', 'Q Thanks. On the budget?')).length, 2);
    assert.equal(labels(joinLines('The motorcade turned onto', 'Q Street before noon.')).length, 0);
  });

  test('interview shorthand Q: and A:', () => {
    const text = joinLines('Q: When did you decide?', 'A: Last spring.');
    assert.deepEqual(
      labels(text).map((s) => [s.name, s.layout, s.anonymous, text.slice(s.bodyStart, s.bodyStart + 4)]),
      [
        ['Q', 'question', true, 'When'],
        ['A', 'question', true, 'Last'],
      ],
    );
  });

  test('an A with spaces answers only after a Q', () => {
    assert.equal(labels('A  quiet morning in the capital.').length, 0);
  });
});

describe('hearings', () => {
  test('title and surname in capitals closed by a full stop or a colon', () => {
    const text = joinLines(
      'Chairman WESTBURY. The committee will come to order.',
      'Mr. VARGA. Do you recall the meeting?',
      'Mr. VARGA: And after that?',
      'Attorney General ROE: I do not.',
      'Mr. McFARLAND. Yes.',
      'Mr. VAN DYKE: No.',
    );
    const found = labels(text);
    assert.deepEqual(
      found.map((s) => [s.label, s.layout, text.slice(s.bodyStart, s.bodyStart + 3)]),
      [
        ['Chairman WESTBURY', 'hearing', 'The'],
        ['Mr. VARGA', 'hearing', 'Do '],
        ['Mr. VARGA', 'hearing', 'And'],
        ['Attorney General ROE', 'hearing', 'I d'],
        ['Mr. McFARLAND', 'hearing', 'Yes'],
        ['Mr. VAN DYKE', 'hearing', 'No.'],
      ],
    );
  });

  test('an editorial note between label and full stop', () => {
    const text = 'Mr. VARGA [continuing]. The Government.';
    const s = only(text);
    assert.equal(s.label, 'Mr. VARGA');
    assert.equal(text.slice(s.bodyStart), 'The Government.');
  });

  test('dotted abbreviations after a title are prose', () => {
    assert.deepEqual(labels(joinLines('The U.S. said relations were at a low point.', 'Senator J.D. Roe has taken aim at it.')), []);
  });
});

describe('captions', () => {
  test('a lower-case name after the turn mark', () => {
    const text = '>> eric: thanks, jenna.';
    const s = only(text);
    assert.equal(s.name, 'eric');
    assert.equal(s.layout, 'caption');
    assert.equal(s.anonymous, false);
    assert.equal(text.slice(s.bodyStart), 'thanks, jenna.');
  });

  test('a bare turn mark is an anonymous turn', () => {
    const text = '>> and now the weather.';
    const s = only(text);
    assert.equal(s.label, '>>');
    assert.equal(s.anonymous, true);
    assert.equal(text.slice(s.bodyStart), 'and now the weather.');
  });

  test('a line of only >>', () => {
    const s = only('>>');
    assert.deepEqual([s.start, s.end, s.bodyStart, s.anonymous], [0, 2, 2, true]);
  });
});

describe('mixed case', () => {
  test('a timecode in brackets before the name', () => {
    const text = joinLines('[00:01:20] Chris Wallace: Good evening from the hall.', '[00:01:34] Dana Roe: Thank you.');
    const [s] = labels(text);
    assert.equal(s.name, 'Chris Wallace');
    assert.equal(s.time, '00:01:20');
    assert.equal(s.layout, 'mixed-colon');
    assert.equal(text.slice(s.bodyStart, s.bodyStart + 4), 'Good');
  });

  test('label, then a timecode, then the speech on the next line', () => {
    const text = joinLines('Chris Wallace: (01:20)', 'Good evening.', 'Dana Roe: (01:34)', 'Thank you.');
    const [s] = labels(text);
    assert.equal(s.label, 'Chris Wallace');
    assert.equal(s.time, '01:20');
    assert.equal(slice(text, s.timeSpan), '01:20');
    assert.equal(s.bodyStart, text.indexOf('\n'));
  });

  test('an outlet asks, an official answers', () => {
    const text = joinLines('Daily Courier: Will the talks resume?', 'Ana Ruiz: We expect so.');
    assert.deepEqual(summary(text), [
      ['Daily Courier', 'Daily Courier', null],
      ['Ana Ruiz', 'Ana Ruiz', null],
    ]);
  });

  test('a role after a comma is kept as written', () => {
    const text = joinLines('Ana Ruiz, spokeswoman for the ministry: We expect so.', 'Daily Courier: When?');
    assert.deepEqual(summary(text)[0], ['Ana Ruiz, spokeswoman for the ministry', 'Ana Ruiz', 'spokeswoman for the ministry']);
  });

  test('a lone mixed-case label in a text without other labels is not kept', () => {
    assert.deepEqual(labels(joinLines('Dana Roe: We begin at noon.', 'The rest is prose.')), []);
  });
});

describe('diarisation and captions formats', () => {
  test('generic speaker ids', () => {
    const text = joinLines('Speaker 1: okay so we start', 'SPEAKER_00: can you hear me', '[SPEAKER_01]: yes', '(speaker 0) the rent is due');
    assert.deepEqual(
      labels(text).map((s) => [s.label, s.layout, s.anonymous, text.slice(s.bodyStart, s.bodyStart + 3)]),
      [
        ['Speaker 1', 'diarisation', true, 'oka'],
        ['SPEAKER_00', 'diarisation', true, 'can'],
        ['SPEAKER_01', 'diarisation', true, 'yes'],
        ['speaker 0', 'diarisation', true, 'the'],
      ],
    );
  });

  test('numbered participants of research transcripts', () => {
    const text = joinLines('Participant 1: We moved here in May.', 'Respondent 2: So did we.');
    assert.deepEqual(
      labels(text).map((s) => [s.name, s.layout, s.anonymous]),
      [
        ['Participant 1', 'diarisation', true],
        ['Respondent 2', 'diarisation', true],
      ],
    );
  });

  test('WebVTT voice tags, and cue timings as timecodes', () => {
    const text = joinLines('WEBVTT', '', '00:00:01.000 --> 00:00:04.200', '<v Chris Wallace>Good evening.');
    const s = only(text);
    assert.equal(s.name, 'Chris Wallace');
    assert.equal(s.layout, 'webvtt');
    assert.equal(text.slice(s.bodyStart), 'Good evening.');
    assert.deepEqual(timecodes(text), ['00:00:01.000', '00:00:04.200']);
  });

  test('wire-service shot lists', () => {
    const text = joinLines(
      '3. SOUNDBITE 2 (Spanish): MARIA LOPEZ, deputy mayor of the city',
      '"We will rebuild."',
      '4. STANDUP (English): JOHN DOE, correspondent',
    );
    assert.deepEqual(
      labels(text).map((s) => [s.label, s.name, s.role, s.layout]),
      [
        ['MARIA LOPEZ, deputy mayor of the city', 'MARIA LOPEZ', 'deputy mayor of the city', 'shot-list'],
        ['JOHN DOE, correspondent', 'JOHN DOE', 'correspondent', 'shot-list'],
      ],
    );
  });
});

describe('lines that are not labels', () => {
  test('headlines and emphasis in capitals', () => {
    const text = joinLines(
      'TALKS RESUME IN BERLIN',
      'BREAKING NEWS: STOCKS FALL',
      'WARNING: GRAPHIC CONTENT',
      'THIS IS HUGE: WE WON',
      'PUTIN SAYS "NO DEAL"',
    );
    assert.deepEqual(labels(text), []);
  });

  test('chapter headings and possessives before a quotation', () => {
    const text = joinLines(
      'CHAPTER ONE PLAYING PILGRIMS " Christmas won\'t be Christmas," grumbled Jo.',
      "THE HERALD 's correspondent looked worried.",
      "OLD HARBOUR 'S GROWTH, and what came of it",
    );
    assert.deepEqual(labels(text), []);
  });

  test('notices and metadata keys', () => {
    const text = joinLines('NOTE: Times are local.', 'UPDATE: The vote was delayed.', 'DATELINE: Berlin', 'LENGTH: 00:00:57', 'LOCATION: Berlin, Germany');
    assert.deepEqual(labels(text), []);
  });

  test('the kind of a piece before a colon in its headline', () => {
    const text = joinLines('Interview: Farah Qureshi on ten years in Kabul', '', 'Analysis: What the vote means', '', 'Opinion: The bill is dead');
    assert.deepEqual(labels(text), []);
  });

  test('a clock time is not a label but is reported as a timecode', () => {
    const text = joinLines('12:52 P.M. EST', '', 'MS. ROE:  Good afternoon.');
    assert.deepEqual(summary(text), [['MS. ROE', 'MS. ROE', null]]);
    assert.deepEqual(timecodes(text), ['12:52 P.M. EST']);
  });

  test('prose sentences that contain a colon', () => {
    const text = joinLines(
      'So, just to be clear: Farmers will be paid.',
      'Moscow defends scenes like this: saying the targets are terrorists.',
      'To be clear: The federal government is ready.',
      'The other thing: We have a large influx.',
      'Saudi Arabia: intelligence sharing, mostly.',
      'Good evening:',
    );
    assert.deepEqual(labels(text), []);
  });

  test('image credits are captions, not speakers', () => {
    const text = joinLines('MS. ROE:  Look at this.', 'Image: Jane Roe.', 'Photo: Reuters.', 'Source: the ministry.');
    assert.deepEqual(summary(text), [['MS. ROE', 'MS. ROE', null]]);
  });

  test('a heading shaped like a label', () => {
    const text = joinLines('Frank Roe: An Interview with the Harbour Poet', 'Daily Courier: Will it rain?', 'Ana Ruiz: Probably.');
    assert.deepEqual(
      labels(text).map((s) => s.name),
      ['Daily Courier', 'Ana Ruiz'],
    );
  });
});

describe('timecodes', () => {
  test('a timecode alone at the top of a clip is not a label', () => {
    const text = joinLines('02:47', 'Talks resume in Berlin on Saturday.');
    assert.deepEqual(labels(text), []);
    assert.deepEqual(timecodes(text), ['02:47']);
  });

  test('bracketed, parenthesised and bare forms', () => {
    const text = joinLines('[00:12:03] The hall fills up.', 'He paused (01:20) and went on.', '21:00:00 Top of the hour.');
    assert.deepEqual(timecodes(text), ['00:12:03', '01:20', '21:00:00']);
  });

  test('numbers that are not timecodes', () => {
    assert.deepEqual(timecodes(joinLines('UN Resolution 2254 passed 3:1 at 9:25am.', 'Chapter 12:3.')), []);
  });
});

describe('robustness', () => {
  test('CRLF line endings keep offsets true', () => {
    const text = 'WOLF BLITZER, CNN ANCHOR: Good evening.\r\nBLITZER: Thanks.\r\n';
    const found = labels(text);
    assert.deepEqual(
      found.map((s) => s.label),
      ['WOLF BLITZER, CNN ANCHOR', 'BLITZER'],
    );
    assert.equal(found[1].start, text.indexOf('BLITZER:'));
    assert.equal(text.slice(found[0].bodyStart, text.indexOf('\r')), 'Good evening.');
  });

  test('empty text', () => {
    assert.deepEqual(labels(''), []);
    assert.deepEqual(timecodes(''), []);
  });

  test('a 200 KB single line does not hang', () => {
    const line = 'ABC DEF: '.repeat(2000) + 'x'.repeat(200_000) + '"'.repeat(1000);
    const t0 = performance.now();
    const found = labels(line);
    timecodes(line);
    assert.ok(performance.now() - t0 < 500, 'took too long');
    assert.equal(found.length, 1);
    assert.equal(found[0].name, 'ABC DEF');
  });

  test('binary junk and lone surrogates never throw', () => {
    let junk = '';
    for (let i = 0; i < 20000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    assert.doesNotThrow(() => labels(junk + '\ud800Q:\udc00\n>>\ud800'));
    assert.doesNotThrow(() => timecodes('[00:0' + '('.repeat(1000) + '[12:00'));
  });
});

describe('seed clip transcript', () => {
  const dir = '../shared/seeds';
  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith('000_')) : undefined;
  test('finds the five caps labels with their name and role', { skip: file ? false : 'seeds not present' }, () => {
    const text = readFileSync(join(dir, file!), 'utf8');
    assert.deepEqual(
      labels(text).map((s) => [s.name, s.role, s.layout]),
      [
        ['ANGELA MERKEL', 'German Chancellor', 'caps-role'],
        ['DONALD TRUMP', 'US President', 'caps-role'],
        ['SERGEY LAVROV', 'Russian Foreign Minister', 'caps-role'],
        ['STEFAN MEISTER', 'German Council on Foreign Relations', 'caps-role'],
        ['GUY HENDERSON', 'Berlin', 'caps-role'],
      ],
    );
    assert.deepEqual(timecodes(text), ['02:47']);
  });
});

describe('parliamentary records', () => {
  test('parliamentary records: notes in brackets after a name, an office with its holder in brackets', () => {
    const text = joinLines(
      'Mr Speaker: Order. I call the Leader of the Opposition.',
      '',
      'Keir Alden (Northgate and Kells) (Lab): Mr Speaker, the figures say otherwise.',
      '',
      'The Prime Minister (Rowan Ashby): I do, and the figures show it.',
      '',
      'Keir Alden: Families tell me they cannot pay the bills.',
    );
    assert.deepEqual(summary(text).map(([, name, role]) => [name, role]), [
      ['Mr Speaker', null],
      ['Keir Alden', null],
      ['Rowan Ashby', 'The Prime Minister'],
      ['Keir Alden', null],
    ]);
  });
});

test('an office before the name in a label is its role; the name keeps it as written', () => {
  const text = 'FOREIGN SECRETARY ORMOND: Welcome.\n\nSEN. TOMAS VELLA: Thank you.\n\nMR. ORMOND: Next.\n\nTHE PRESIDENT: Thanks.\n\nChairman DRAVEN. The committee will come to order.\n';
  const got = analyze(text).speakers.map((s) => `${s.name} | ${s.role}`);
  assert.deepEqual(got, ['FOREIGN SECRETARY ORMOND | Foreign Secretary', 'SEN. TOMAS VELLA | Sen.', 'MR. ORMOND | null', 'THE PRESIDENT | null', 'Chairman DRAVEN | Chairman']);
});
