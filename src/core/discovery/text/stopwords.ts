// Words too common to say anything about a niche (English plus the most frequent ones of the other
// languages creators write in). Kept short on purpose: BM25's idf already discounts common words.
export const STOPWORDS: ReadonlySet<string> = new Set(
  `
a about above after again all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him
himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other
our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while who whom why will
with you your yours yourself yourselves im ive its dont cant get got new one day days today time love like
de la el en y los las un una que por con para es del al lo se mi tu su
der die das und ist ich mit auf für nicht ein eine den dem zu im von
le les des et est pour pas sur une dans au du ce qui
o os as e um uma com para não em do da
`
    .split(/\s+/)
    .filter(Boolean),
);
