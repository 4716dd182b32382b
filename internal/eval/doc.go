// Package eval scores Quotelens analyses against annotated corpora.
//
// # Gold corpus
//
// The gold files of shared/corpus/gold are scored by a port of
// shared/corpus/score.py that prints the same figures byte for byte
// (PyOutput; TestAgreesWithScorePy runs both): words are score.py's \w+ runs
// of NFKD-folded, mark-stripped, lower-cased text (Fold, Words, with Unicode
// tables generated from the Python that runs score.py), quotes match one to
// one by greedy word F1 ≥ 0.5 per kind with Python's tie order (Match),
// speaker accuracy compares NameKeys, disputes match on claim and dispute.
//
// # News corpus
//
// The pages of shared/corpus/news (LoadNews: news/PAGE/gold.json, the page
// in news/PAGE/source.html) are scored by the same port (RunNews), pooled
// by their gold file's language too (ByLanguage). Disputes are also scored
// for those at or above a display confidence (ScoreDisputePage, AtLeast),
// and pooled with the share of pages without a gold dispute left without
// one (DisputeTotal).
//
// # PolNeAR
//
// PolNeAR articles (LoadPolNeAR) hold brat attributions: source, cue and
// content spans. Each attribution with a content becomes one gold quote
// (Article.Quotes): its text is the content, split spans joined with a space;
// its kind is "direct" when the content is a quotation and "indirect"
// otherwise (ContentKind: starts with an opening mark, ends with a closing
// mark, and at least 60% of its letters and digits are inside marks); its
// speaker is the source text; its cue the cue text. ScoreArticle matches the
// engine's quotes to them as GUIDE.md does, per kind and kind-blind, and
// also scores direct quotes against every quoted passage of every content
// (QuotedPassages), which is how GUIDE.md counts direct quotes where PolNeAR
// does not (interrupted quotes, partial quotes in reported speech).
//
// Its speaker figure is the named-source speaker accuracy: over matched gold
// quotes whose source contains a proper name (SourceNames), the share whose
// predicted speaker names it (NamedSpeakerMatches). Denial-cue attributions
// (DenialCue) are counted as found when the kind-blind matching finds them.
package eval
