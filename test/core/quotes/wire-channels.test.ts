// More wire forms, on texts written for the test (issue 17): the channel a speaker used (a post, a
// letter, a programme, a statement), speakers given an age or a spokesperson, and interview copy.
// Each is checked as chat shows it: the right speaker, or none, never a wrong one.
import { describe, expect, it } from 'vitest';
import { p, shown } from './helpers.ts';

describe('wire channels: posts, letters and programmes are not speakers', () => {
  it('quotes: "X tweeted" and "X posted on Instagram" give X', () => {
    const text = p(
      'Singer Maya Torres tweeted: "Thank you for twenty wonderful years."',
      '"Back on stage next spring," Torres posted on Instagram.',
    );
    expect(shown(text)).toEqual([
      'Maya Torres: Thank you for twenty wonderful years.',
      'Maya Torres: Back on stage next spring,',
    ]);
  });

  it('quotes: "X wrote in a letter to Y" gives X, not the one written to', () => {
    expect(
      shown('Bishop Alan Pryce wrote in a letter to parishioners that the church would "stay open for all".'),
    ).toEqual(['Alan Pryce: stay open for all']);
  });

  it('quotes: "X told CNN\'s State of the Union" gives X, not the programme', () => {
    expect(
      shown('"We are not there yet," Senator Dana Reid told CNN\'s State of the Union on Sunday.'),
    ).toEqual(['Dana Reid: We are not there yet,']);
  });

  it('quotes: "said Y in a statement posted on Facebook" gives Y', () => {
    expect(
      shown(
        '"The school will close for a week," said head teacher Ruth Ames in a statement posted on Facebook.',
      ),
    ).toEqual(['Ruth Ames: The school will close for a week,']);
  });

  it('quotes: "..., the ministry said in a statement" and "a statement from X said" give the issuer', () => {
    expect(shown('"No one was hurt," the interior ministry said in a statement.')).toEqual([
      'the interior ministry: No one was hurt,',
    ]);
    expect(shown('A statement from Ruth Ames said the school would "reopen on Monday as planned".')).toEqual([
      'Ruth Ames: reopen on Monday as planned',
    ]);
  });

  it('quotes: "Speaking to reporters, X said" and "In comments to Y, X said" give X', () => {
    expect(shown('Speaking to reporters in Geneva, Sara Lind said: "The talks will go on."')).toEqual([
      'Sara Lind: The talks will go on.',
    ]);
    expect(
      shown('In comments to the Evening Standard, Sara Lind said the talks were "far from over".'),
    ).toEqual(['Sara Lind: far from over']);
  });
});

describe('wire channels: people described by age, post and spokesperson', () => {
  it('quotes: "X, 42, said" and "said X, the head of Y" give X', () => {
    expect(shown('Ravi Shah, 42, said: "I have lived here all my life."')).toEqual([
      'Ravi Shah: I have lived here all my life.',
    ]);
    expect(shown('"It is a good start," said Ravi Shah, the head of the tenants\' union.')).toEqual([
      'Ravi Shah: It is a good start,',
    ]);
  });

  it('quotes: "X\'s spokesman, Y, said" gives Y, the spokesman named', () => {
    const text = p(
      'Governor Ella Brandt was not at the meeting.',
      'Brandt\'s spokesman, Noah Fisk, said the governor would "look at the plan closely".',
    );
    expect(shown(text)).toEqual(['Noah Fisk: look at the plan closely']);
  });

  it('quotes: "as X put it" gives X', () => {
    expect(shown('The market, as analyst Priya Das put it, "has simply run out of buyers".')).toEqual([
      'Priya Das: has simply run out of buyers',
    ]);
  });
});

describe('wire channels: interview copy', () => {
  it('quotes: an interview with Q and A labels names nobody: the one who answers is not guessed', () => {
    const text = p(
      'We spoke to the novelist Irene Vasquez about her new book.',
      'Q: "Why did you set it in the north?"',
      'A: "Because I grew up there, and I never really left."',
    );
    expect(shown(text)).toEqual([
      'null: Why did you set it in the north?',
      'null: Because I grew up there, and I never really left.',
    ]);
  });

  it('quotes: a quote after a question put by the reporter keeps the one who answers', () => {
    const text = p(
      'Irene Vasquez has written six novels.',
      'Asked why she set the new one in the north, she said: "Because I grew up there."',
    );
    expect(shown(text)).toEqual(['Irene Vasquez: Because I grew up there.']);
  });
});

describe('wire channels: places, days and outlets around the quote', () => {
  it('quotes: a dateline and a weekday before the speaker are no part of the speaker', () => {
    expect(shown('GENEVA (Reuters) - Sara Lind said on Tuesday the talks were "at a dead end".')).toEqual([
      'Sara Lind: at a dead end',
    ]);
  });

  it("quotes: a country in the subject's description is not the speaker", () => {
    expect(
      shown('The foreign minister of Dalmatia, Ivo Kralj, said his country would "never accept" the ruling.'),
    ).toEqual(['Ivo Kralj: never accept']);
  });

  it("quotes: an unattributed quote after a paragraph naming only a place is no speaker's", () => {
    const text = p(
      '"We will rebuild the bridge by summer," said Mayor Lena Ortiz.',
      'The river burst its banks near Castlebrook, flooding the main road and the school.',
      '"It was like a wall of water coming down the street."',
    );
    expect(shown(text)).toEqual([
      'Lena Ortiz: We will rebuild the bridge by summer,',
      'null: It was like a wall of water coming down the street.',
    ]);
  });
});

describe('wire channels: a state is not its ministry, agency or official', () => {
  it('quotes: "Dalmatia\'s foreign ministry said on its website" keeps the ministry as written', () => {
    expect(
      shown('Dalmatia\'s foreign ministry said on its website that the sanctions were "illegal and void".'),
    ).toEqual(["Dalmatia's foreign ministry: illegal and void"]);
  });

  it('quotes: "the ministry\'s statement" after a paragraph naming only the country is not the country\'s', () => {
    const text = p(
      'Dalmatia rejected the new sanctions on Friday.',
      'The foreign ministry\'s statement, posted on its website, said the sanctions were "illegal and void".',
    );
    expect(shown(text)).not.toContain('Dalmatia: illegal and void');
  });

  it('quotes: "it said" after a state that was only a subject is shown unattributed; after a body, the body', () => {
    expect(
      shown(p('Dalmatia rejected the new sanctions on Friday.', '"They are illegal and void," it said.')),
    ).toEqual(['null: They are illegal and void,']);
    expect(
      shown(p('The ministry rejected the new sanctions on Friday.', '"They are illegal and void," it said.')),
    ).toEqual(['The ministry: They are illegal and void,']);
  });

  it('quotes: a state agency quoting an unnamed official gives nobody, not the state', () => {
    const text =
      'Dalmatia\'s state news agency quoted a deputy director general as saying: "The tests will go on."';
    expect(shown(text)).toEqual(['null: The tests will go on.']);
  });

  it('quotes: "he said" after a minister who arrived in a country is the minister, not the country', () => {
    const text = p(
      'The cooperation minister, Marc Dulac, arrived in Ruritania on Friday.',
      '"We will help rebuild the schools," he said.',
    );
    expect(shown(text)).toEqual(['Marc Dulac: We will help rebuild the schools,']);
  });
});

describe('wire channels: someone related to a named person is not that person', () => {
  it('quotes: "the lawyer for the family of X" and "a friend of X" are not X', () => {
    const text = p(
      'Tom Hale died in the crash on the bypass last May.',
      '"We will fight on," said the lawyer for the family of Tom Hale.',
      '"He was always careful on that road," a friend of Hale told reporters.',
    );
    const lines = shown(text);
    expect(lines).not.toContain('Tom Hale: We will fight on,');
    expect(lines).toContain('null: He was always careful on that road,');
  });

  it('quotes: "the mother of X said" and "X\'s mother said" are not X', () => {
    const text = p(
      'Ann Lee, 19, went missing in March.',
      'The mother of Ann Lee said "she was a happy child".',
      '"We just want her home," Lee\'s mother said.',
    );
    expect(shown(text)).toEqual(['null: she was a happy child', 'null: We just want her home,']);
  });

  it('quotes: "the head of a body" is not the person named last', () => {
    const text = p(
      'Mayor Lena Ortiz backed the new road.',
      '"It will cost jobs," said the head of the Dale Chamber of Commerce.',
    );
    expect(shown(text)).not.toContain('Lena Ortiz: It will cost jobs,');
  });
});
