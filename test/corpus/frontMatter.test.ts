import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse as parseYaml } from 'yaml';
import { parseFrontMatter, simpleFrontMatter } from '../../src/corpus/frontMatter';

describe('parseFrontMatter', () => {
  it('reads the known fields and where the body starts', () => {
    const text =
      '---\ntitle: "A title"\noutlet: Ledger\nauthors: [A One, B Two]\npublished: 2025-08-14\n---\nBody';
    const fm = parseFrontMatter(text);
    expect(fm.fields).toEqual({
      title: 'A title',
      outlet: 'Ledger',
      authors: ['A One', 'B Two'],
      published: '2025-08-14',
    });
    expect(text.slice(fm.bodyStart)).toBe('Body');
    expect(fm.problems).toEqual([]);
  });

  it('keeps an explicit null title as null and a single author as a list', () => {
    const fm = parseFrontMatter('---\ntitle: null\nauthors: Dana Whitfield\n---\n');
    expect(fm.fields).toEqual({ title: null, authors: ['Dana Whitfield'] });
  });

  it('drops a bad date with a problem naming the field, and keeps the other fields', () => {
    const fm = parseFrontMatter('---\ntitle: T\npublished: 2025-02-30\n---\nx');
    expect(fm.fields).toEqual({ title: 'T' });
    expect(fm.problems).toEqual([
      'front matter field "published" must be a date as YYYY-MM-DD, got "2025-02-30"; ignored',
    ]);
  });

  it('reports invalid YAML and still finds the body', () => {
    const text = '---\ntitle: [unclosed\n---\nBody text';
    const fm = parseFrontMatter(text);
    expect(fm.fields).toEqual({});
    expect(fm.problems[0]).toMatch(/^front matter is not valid YAML/);
    expect(text.slice(fm.bodyStart)).toBe('Body text');
  });

  it('treats a file without an opening --- as having no front matter', () => {
    expect(parseFrontMatter('Title\n\nBody')).toEqual({
      fields: {},
      bodyStart: 0,
      present: false,
      problems: [],
    });
  });

  it('reads a file whose front matter is never closed as plain text, and says so', () => {
    const fm = parseFrontMatter('---\ntitle: x\nno closing line');
    expect(fm.bodyStart).toBe(0);
    expect(fm.problems).toEqual(['front matter has no closing "---"; read as text']);
  });
});

describe('simpleFrontMatter', () => {
  /** Front matter as newsrooms' exports write it: each read without YAML, and the same as YAML reads it. */
  const SIMPLE = [
    'title: "Council votes to close two libraries: what happens next"\noutlet: "The Ledger"\npublished: 2025-08-14',
    "title: 'Ferry service resumes after storm'\noutlet: Harbour Times\nauthors: Dana O'Brien",
    'title: "Strike ends, #3 in a series"\r\noutlet: AP & Reuters\r\npublished: 2016-11-09\r\n',
    'url: https://example.com/news/2016/11/09/ferry#comments\noutlet: Nov. Weekly (print edition)',
    'outlet: Channel 4 News\n\ntitle: "Spring, \'finally\'"',
    'title:\t"Ferry resumes"\n \t\noutlet: Harbour Times \t',
  ];
  /** Front matter the fast path leaves to YAML: lists, comments, escapes, numbers, words YAML reads otherwise. */
  const FOR_YAML = [
    'authors: [A One, B Two]',
    'authors:\n  - A One\n  - B Two',
    'title: "A \\"quoted\\" word"',
    "title: 'It''s over'",
    'outlet: Ledger # the print edition',
    'title: 2016',
    'title: TRUE',
    'title: null',
    'title:',
    'title: "One"\ntitle: "Two"',
    'url: http://example.com:',
    'title: "A title" extra',
    'title: Ferry resumes\n\u00a0\noutlet: Ledger',
    'title: Ferry resumes\n\ufeff',
    'title: "Ferry resumes"\r',
    'title: "Ferry resumes"\r\routlet: Ledger',
    'True: yes\ntitle: Ferry resumes',
    'null: x\ntitle: Ferry resumes',
    `${'k'.repeat(1025)}: long\ntitle: Ferry resumes`,
  ];

  it.each(SIMPLE)('reads %j as YAML does', (yaml) => {
    expect(simpleFrontMatter(yaml)).toEqual(parseYaml(yaml));
  });

  it.each(FOR_YAML)('leaves %j to YAML', (yaml) => {
    expect(simpleFrontMatter(yaml)).toBeNull();
  });

  it('gives parseFrontMatter the same fields either way', () => {
    const fm = parseFrontMatter(
      '---\ntitle: "Ferry resumes"\noutlet: Harbour Times\npublished: 2025-02-30\n---\nBody',
    );
    expect(fm.fields).toEqual({ title: 'Ferry resumes', outlet: 'Harbour Times' });
    expect(fm.problems).toEqual([
      'front matter field "published" must be a date as YYYY-MM-DD, got "2025-02-30"; ignored',
    ]);
  });
});

describe('what front matter keeps', () => {
  it('keeps no article text alive through its fields: the index holds every title for good', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const body = 'The council met on Tuesday to vote on the library budget. '.repeat(4000); // about 240 KB
    const measure = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = measure();
    const titles = Array.from({ length: 100 }, (_, i) => {
      const text = `---\ntitle: "Council votes to keep the libraries open, part ${i}"\noutlet: Ledger\n---\n${body}${i}`;
      return parseFrontMatter(text).fields.title;
    });
    // Read by YAML (the authors' list sends it there), the title is copied too.
    const authors = Array.from({ length: 100 }, (_, i) => {
      const text = `---\nauthors: [Dana Whitfield]\ntitle: Council votes to keep the libraries open, part ${i}\n---\n${body}${i}`;
      return parseFrontMatter(text).fields.title;
    });
    const kept = measure() - before;
    expect(titles).toHaveLength(100);
    expect(authors[99]).toBe('Council votes to keep the libraries open, part 99');
    expect(kept).toBeLessThan(5 * 1024 * 1024); // 100 texts of 240 KB kept would be 24 MB, 200 of them 48
  });
});
