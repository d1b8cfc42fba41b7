// Speaker resolution on the harder shapes real news uses: councillor titles, relative clauses,
// unnamed subjects, passives and crowds, company names, pronoun gender, kinship names, echoed quotes.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('names and titles', () => {
  it('quotes: resolves a councillor abbreviation ("Cllr Berry") to the full name', () => {
    const text = [
      'Parks chief Cllr Hannah Berry opened the new playground on Friday.',
      '“Every child in the ward lives within a short walk of it now,” Cllr Berry said.',
      '“It took four years,” added Coun Berry.',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Hannah Berry: Every child in the ward lives within a short walk of it now,',
      'Hannah Berry: It took four years,',
    ]);
  });

  it('quotes: skips a relative clause and a place between the speaker and the verb', () => {
    const text =
      'Shopkeeper Ravi Menon, who lives on Quarry Lane, opposite the depot, told the inquiry: “The lorries start at five.”';
    expect(said(text)).toEqual(['Ravi Menon: The lorries start at five.']);
  });

  it('quotes: takes the name set off by commas after a description as the subject', () => {
    const text = [
      'Chef Amara Liu opened her first restaurant last year. Her husband, Ben Carter, runs the kitchen.',
      '“We argue about salt every day,” he said.',
    ].join('\n\n');
    expect(said(text)).toEqual(['Ben Carter: We argue about salt every day,']);
  });

  it('quotes: finds the subject after an opening "Prior to ..." phrase', () => {
    const text =
      'Judge Alan Frost heard the appeal. Prior to the verdict, Frost was heard saying: “This case should never have reached me” to a clerk.';
    expect(said(text)).toEqual(['Alan Frost: This case should never have reached me']);
  });

  it('quotes: reads the person after an organisation name in one capitalised run', () => {
    const text =
      'Secretary for the Home Department Priya Kaur defended the plan. “We listened to every council,” she said.';
    expect(said(text)).toEqual(['Priya Kaur: We listened to every council,']);
  });

  it('quotes: leaves an acronym after a name out of the name ("Ann Weir NHS")', () => {
    const text = 'Meanwhile, Ann Weir NHS trust chair, accused ministers of “quiet sabotage” on Monday.';
    expect(said(text)).toEqual(['Ann Weir: quiet sabotage']);
  });

  it('quotes: keeps "de"/"van" names as people for "she said"', () => {
    const text = [
      'Anna van Dijk was named captain. Her coach, Tom Berg, watched on.',
      'Van Dijk scored twice. “It was easy,” she said afterwards.',
    ].join('\n\n');
    expect(said(text)).toEqual(['Anna van Dijk: It was easy,']);
  });

  it('quotes: a title before a name is no unnamed introduction ("a note from Inspector X", "the inspector")', () => {
    const text =
      'A note from Inspector Jane Hill was read out. “We found nothing in the car,” the inspector added.';
    expect(said(text)).toEqual(['Jane Hill: We found nothing in the car,']);
  });

  it('quotes: reads the owner of "claims from X that ..."', () => {
    const text =
      'Transport Secretary Neil Ashby dismissed claims from union leader Rosa Vance that the timetable was "built to fail" and said it would stay.';
    expect(said(text)).toEqual(['Rosa Vance: built to fail']);
  });
});

describe('people the article does not name', () => {
  it('quotes: gives a participle quote of an unnamed relative to nobody, not the last speaker', () => {
    const text = [
      '“The driver has been charged,” Inspector Carl Moss told reporters.',
      'The cyclist’s father left the building in silence, saying only “we want the truth”.',
      '“Nobody has called us,” the grieving father, who asked not to be named, said.',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Carl Moss: The driver has been charged,',
      'null: we want the truth',
      'null: Nobody has called us,',
    ]);
  });

  it('quotes: gives chants and songs of an unnamed crowd to nobody', () => {
    const text = [
      'Coach Lena Brandt praised her players. “They never stopped running,” she said.',
      'Behind the goal, about 300 supporters kept shouting “One more season” at the directors’ box.',
      'The away fans sang “We are going home” long after the final whistle.',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Lena Brandt: They never stopped running,',
      'null: One more season',
      'null: We are going home',
    ]);
  });

  it('quotes: gives words on banners and placards to nobody', () => {
    const text =
      'Mayor Ruth Ellis spoke first. “We will rebuild,” she said. Ellis walked past placards reading “Save our library now” on her way out.';
    expect(said(text)).toEqual(['Ruth Ellis: We will rebuild,', 'null: Save our library now']);
  });

  it('quotes: gives a relation of a named person ("her agent said") to nobody unless the article names it', () => {
    const text = [
      'Novelist Edith Crane cancelled her reading tour. Her agent said: “She has been told to rest.”',
      'Her brother, Owen Crane, drove her home. “She is fine, just tired,” her brother said.',
    ].join('\n\n');
    expect(said(text)).toEqual(['null: She has been told to rest.', 'Owen Crane: She is fine, just tired,']);
  });

  it('quotes: reads the name in apposition after "said his lawyer,"', () => {
    const text =
      'Farmer Joe Platt lost his appeal. “We will go to the High Court,” said his solicitor, Irene Vos.';
    expect(said(text)).toEqual(['Irene Vos: We will go to the High Court,']);
  });

  it('quotes: gives a passive speech verb without an agent to nobody, and keeps "is called" out', () => {
    const text =
      'Mayor Lou Grant has been accused of “ignoring the east side” again. His plan was branded “reckless” on Monday. The new ferry is called “Harbour Light”.';
    expect(said(text)).toEqual(['null: ignoring the east side', 'null: reckless']);
  });

  it('quotes: reads plural subjects with a plain speech verb ("experts say", "critics argue")', () => {
    const text = 'Experts say the old pier is “beyond repair”. “It should be closed at once,” critics argue.';
    expect(said(text)).toEqual(['null: beyond repair', 'null: It should be closed at once,']);
  });

  it('quotes: gives "union claims that" to nobody, not to the one who rejects them', () => {
    const text = 'Premier Dan Ross rejected union claims that the budget was “a con” and left the room.';
    expect(said(text)).toEqual(['null: a con']);
  });

  it('quotes: a clause opened by "while" after a quote is not its attribution', () => {
    const text =
      'Union boss Kay Reid said nurses were “at breaking point”, while a senior minister urged calm.';
    expect(said(text)).toEqual(['Kay Reid: at breaking point']);
  });

  it('quotes: gives a plural title ("The MPs found") to nobody', () => {
    const text =
      'The transport committee published its report on Tuesday. The MPs found that the ticket scheme was “confusing and badly run”.';
    expect(said(text)).toEqual(['null: confusing and badly run']);
  });
});

describe('organisations', () => {
  it('quotes: treats a name introduced by a company noun as the organisation "the firm" refers to', () => {
    const text = [
      'Bicycle maker Orla Finch has reported a “record spring” after sales doubled.',
      'Finch chairman Tom Reed said the new factory was nearly full.',
      'The firm says it expects a “steady summer” as orders level off.',
    ].join('\n\n');
    expect(said(text)).toEqual(['Orla Finch: record spring', 'Orla Finch: steady summer']);
  });

  it('quotes: gives the words of "bosses" to the company', () => {
    const text =
      'Glass maker Harlow & Pike has warned of higher gas bills. Bosses added that they were “cautiously hopeful” for the winter.';
    expect(said(text)).toEqual(['Harlow & Pike: cautiously hopeful']);
  });
});

describe('pronoun gender', () => {
  it('quotes: passes over a woman for "he" when the article calls her "her"', () => {
    const text = [
      'Dana Whitfield chaired the hearing and Mark Osei gave evidence for the council. Whitfield asked her clerk for the papers.',
      '“I have never seen a budget this thin,” he told the panel.',
    ].join('\n\n');
    expect(said(text)).toEqual(['Mark Osei: I have never seen a budget this thin,']);
  });

  it('quotes: uses Mr and Mrs to tell "he" from "she"', () => {
    const text = [
      'Mrs Joan Pryce and Mr Ali Haddad both run stalls at the market.',
      'Mrs Pryce sells cheese. Mr Haddad repairs watches.',
      'Pryce spoke first. “The rent doubled in a year,” she said.',
      'Haddad agreed with the figure. Pryce nodded. “I may have to close,” he said.',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Joan Pryce: The rent doubled in a year,',
      'Ali Haddad: I may have to close,',
    ]);
  });

  it('quotes: keeps "his son Nick" apart from another Nick of the article', () => {
    const text = [
      'Nick Barros, the club chairman, opened the new stand. Retired miner Tom Hale watched with his son Nick.',
      '“It is a proud day for the town,” his son Nick said.',
    ].join('\n\n');
    expect(said(text)).toEqual(['Nick: It is a proud day for the town,']);
  });
});

describe('echoed quotes', () => {
  it('quotes: gives an unattributed short quote to the named speaker whose words it echoes', () => {
    const text = [
      '“A shameful betrayal” of the village has angered residents, who lost their bus route this week.',
      '“This is a shameful betrayal of people who cannot drive,” said Cllr Maya Osborne.',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Maya Osborne: A shameful betrayal',
      'Maya Osborne: This is a shameful betrayal of people who cannot drive,',
    ]);
  });
});

describe('speakers over long input', () => {
  it('quotes: a chain of 200,000 "who" before a speech verb is read without exhausting the stack', () => {
    const chain = Array.from({ length: 200_000 }, () => 'who').join(' ');
    expect(said(`Ana Silva, ${chain} said: “We will open the new harbour wall this year.”`)).toEqual([
      'Ana Silva: We will open the new harbour wall this year.',
    ]);
  });
});
