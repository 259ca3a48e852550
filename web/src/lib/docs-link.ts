// Where the product's own documentation (docs/*.md, served by the server at /docs) explains a number or a rule.
export type DocPage = 'numbers' | 'rules';

export const docsHref = (page: DocPage) => `/docs/${page}.md`;
