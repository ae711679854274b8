// The ways around a long page, read in the browser (issue 16): shared by suite.test.mjs (the example site) and
// design.test.mjs (a site nobody designed for). The rule: a page over two phone screens with two or more parts
// (headings, numbered tables and charts) has a contents list; a page whose length is one list of links (a
// section's pages, the home's sections) marks that list as navigation instead; a page of one part needs none; no
// contents list has fewer than two entries, which is no way around.

/** What a page offers to find one's way around it; run in the page (`page.evaluate(contentsOfPage)`). */
export function contentsOfPage() {
  const height = document.documentElement.scrollHeight;
  const main = document.querySelector('main');
  return {
    tall: height > 2 * window.innerHeight,
    tocs: Array.from(document.querySelectorAll('nav.toc')).map((n) => n.querySelectorAll('a').length),
    listPage: Array.from(main.querySelectorAll('nav.list-nav')).some((n) => n.getBoundingClientRect().height > height / 2),
    parts: main.querySelectorAll(':is(h2, h3):not(.toc *, .list-nav *), .figure-number').length,
    missing: Array.from(document.querySelectorAll('nav.toc a'))
      .map((a) => a.getAttribute('href'))
      .filter((h) => h.startsWith('#') && !document.getElementById(decodeURIComponent(h.slice(1)))),
  };
}

export function contentsProblems(r) {
  const problems = [];
  if (r.tall && !r.tocs.some((n) => n >= 2) && !r.listPage && r.parts >= 2) problems.push(`over two screens, ${r.parts} parts and no contents list`);
  for (const n of r.tocs.filter((n) => n < 2)) problems.push(`a contents list of ${n} entry`);
  for (const m of r.missing) problems.push(`contents link ${m} leads nowhere`);
  return problems;
}
