// Classes of attribution error first seen on the fourth fresh part (issue 17): dates glued to names,
// short forms of a name the article gives in full, agencies cited as the channel, transcript labels.
// Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: dates are no part of a name', () => {
  it('quotes: a weekday after a name ("Ann Lee Monday said") is left out of the name', () => {
    expect(said('Premier Ann Lee Monday said the plan "will not pass".')).toEqual(['Ann Lee: will not pass']);
    expect(
      said('Premier Ann Lee Tuesday, in a speech to the assembly, stated that it "will not pass".'),
    ).toEqual(['Ann Lee: will not pass']);
    expect(said('In a speech, Lee said that "We will not pass this plan."')).toEqual([
      'Lee: We will not pass this plan.',
    ]);
  });

  it('quotes: "yesterday" between a body and its verb is no part of the subject ("The U.S. army yesterday said")', () => {
    expect(said('The U.S. army yesterday said the story was "absolutely false".')).toEqual([
      'The U.S. army: absolutely false',
    ]);
  });

  it('quotes: a month with a day after a name is left out, a month alone may be a surname', () => {
    expect(said('Ann Lee January 5 told reporters it was "a disgrace".')).toEqual(['Ann Lee: a disgrace']);
    expect(said('"We will leave," said Theresa May.')).toEqual(['Theresa May: We will leave,']);
  });
});

describe('quote speakers: the fullest form of a name', () => {
  it('quotes: a surname finds the name the story gives in full, also after an "al-" particle', () => {
    const text = [
      'A video of Omar al-Rashid was released on Friday.',
      'In the video, Rashid urges his followers to “Hold the line, all of you.”',
    ].join('\n\n');
    expect(said(text)).toEqual(['Omar al-Rashid: Hold the line, all of you.']);
  });
});

describe('quote speakers: transcript labels', () => {
  it('quotes: a label in capitals before the words names the speaker, in the story’s own case', () => {
    const text = [
      'Senator Ann Leyton says the ruling changes everything.',
      'ANN LEYTON: "We are in new territory now, and we must act."',
      'The vote comes next week.',
      'PARKER: "I never saw anything like it in thirty years of work."',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Ann Leyton: We are in new territory now, and we must act.',
      'Parker: I never saw anything like it in thirty years of work.',
    ]);
  });

  it('quotes: a label in capitals after a programme line and a colon names the speaker', () => {
    const text =
      'Coming up: bird migration and flu: PARKER: "It spreads through the poultry trade, not wild birds."';
    expect(said(text)).toEqual(['Parker: It spreads through the poultry trade, not wild birds.']);
  });

  it('quotes: a label one letter off the surname of the one person the story names in full is that person', () => {
    const text = [
      'MARTINEZ: "The patient only has to think about moving, and the cursor follows."',
      'Ann Martinaz of the university led the work.',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Ann Martinaz: The patient only has to think about moving, and the cursor follows.',
    ]);
    const two = [
      'MARTINEZ: "The patient only has to think about moving, and the cursor follows."',
      'Ann Martinaz and Bo Martinex led the work.',
    ].join('\n\n');
    expect(said(two)).toEqual([
      'Martinez: The patient only has to think about moving, and the cursor follows.',
    ]);
  });

  it('quotes: a script cue (a name in brackets and a running time) names the speaker', () => {
    const text = [
      'Coming up: a warning from Dr. Tom Hale of the health agency.',
      'TEASE (Hale) (:12) "What we see now looks like what we saw twenty years ago."',
    ].join('\n\n');
    expect(said(text)).toEqual(['Tom Hale: What we see now looks like what we saw twenty years ago.']);
  });

  it('quotes: a headline-style "BODY: words" with more than a label before the quote is no label', () => {
    expect(said('WHO: China and India "under-counting" cases, experts fear.')).not.toContain(
      'Who: under-counting',
    );
  });
});

describe('quote speakers: the channel and the body are not the speaker', () => {
  it('quotes: "According to an agency, X wrote ..." gives the words to X, not the agency', () => {
    const text = [
      'Dr. Ann Lee leads the health agency.',
      'According to Newswire, Lee later sent a note to staff saying, "The hard part starts today."',
    ].join('\n\n');
    expect(said(text)).toEqual(['Ann Lee: The hard part starts today.']);
    expect(said('According to Newswire, the plan "is over for now and will not come back".')).toEqual([
      'Newswire: is over for now and will not come back',
    ]);
  });

  it('quotes: a named person right before "calling" speaks, not the country that opens the sentence', () => {
    const text =
      'Freedonia has rejected the report, sports minister Ivo Petrov calling it, when it came out, “a pack of lies from start to end”.';
    expect(said(text)).toEqual(['Ivo Petrov: a pack of lies from start to end']);
  });
});

describe('quote speakers: organisations', () => {
  it('quotes: a party named "... Front" is no person for "he" to stand for', () => {
    const text = [
      'The interior minister has dismissed a threat by the National Unity Front to block the vote.',
      'He called the threat "reckless and vain."',
    ].join('\n\n');
    expect(said(text)).toEqual(['null: reckless and vain.']);
  });

  it('quotes: two bodies joined by "and" as the subject speak together, kept as written', () => {
    const text =
      'The World Organization for Plant Health (WOPH) and the Seed and Soil Council, both based in Rome, have stated that growers are not hiding the blight "on purpose, as far as we can tell."';
    expect(said(text)).toEqual([
      'World Organization for Plant Health (WOPH) and the Seed and Soil Council: on purpose, as far as we can tell.',
    ]);
  });

  it('quotes: an organisation name joined by "and" is read whole, never from inside it', () => {
    expect(said('The Fish and Wildlife Service said the birds were not dying "on purpose."')).toEqual([
      'Fish and Wildlife Service: on purpose.',
    ]);
  });
});

describe('quote speakers: a post at a named body before the name', () => {
  it('quotes: "The chairman of Acme Holdings, Ann Lee, said" is Ann Lee, not "the chairman" guessed', () => {
    const text = [
      'The lawyer for the family, Tom Hale, will appeal.',
      'The chairman of Acme Holdings, Ann Lee, said the court "saw the law exactly as we do" in its ruling.',
    ].join('\n\n');
    expect(said(text)).toEqual(['Ann Lee: saw the law exactly as we do']);
  });
});

describe('quote spans: partial quotes listed after one with a speaker', () => {
  it('quotes: short quotes listed after a naming quote, joined by commas or "and a", are its speaker’s', () => {
    const text =
      'Their lawyer, Tom Hale, called the ruling "arbitrary", "plainly unlawful" and a "blunder" as his clients are known.';
    expect(said(text)).toEqual(['Tom Hale: arbitrary', 'Tom Hale: plainly unlawful', 'Tom Hale: blunder']);
  });

  it('quotes: a short quote after more than a list joiner is still judged on its own', () => {
    const text = 'Tom Hale called the ruling "arbitrary", though the judges call it "the law" and move on.';
    expect(said(text)).toEqual(['Tom Hale: arbitrary']);
  });
});

describe('quote spans: epithets', () => {
  it('quotes: a Title Case name given with "calls X the" is a nickname, no quotation', () => {
    expect(
      said('Ann Lee also calls President Tom W. Hale the "King of Spin," and praised his rival.'),
    ).toEqual([]);
    expect(said('Ann Lee called the plan "a reckless gamble with our future."')).toEqual([
      'Ann Lee: a reckless gamble with our future.',
    ]);
  });
});
