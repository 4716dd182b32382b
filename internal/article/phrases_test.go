package article

import "testing"

func TestPhrases(t *testing.T) {
	tests := []struct {
		desc string
		got  bool
		want bool
	}{
		{"share as a class word", hasWord("post-share-buttons", shareWords, true), true},
		{"share between underscores", hasWord("btn_share_x", shareWords, true), true},
		{"share inside a word", hasWord("shareholder-news", shareWords, true), false},
		{"tweet embed", hasWord("twitter-tweet twitter-tweet-rendered", postWords, false), true},
		{"caption word", hasWord("wp-caption-text", captionWords, false), true},
		{"caption inside a word", hasWord("captioned", captionWords, false), false},
		{"standfirst word", hasWord("content__standfirst", summaryWords, true), true},
		{"bajada word", hasWord("com-subhead --bajada", summaryWords, true), true},
		{"lead inside a word", hasWord("leaderboard-ad", summaryWords, true), false},
		{"itemprop list", isSummaryProp("headline alternativeHeadline"), true},
		{"itemprop author", isSummaryProp("author"), false},
		{"advertisement", isAd("Advertisement"), true},
		{"ad in Russian", isAd("реклама"), true},
		{"an ad sentence is no ad box", isAd("Advertise with us"), false},
		{"loading with an ellipsis", isLoading("Loading…"), true},
		{"cargando with dots", isLoading("Cargando..."), true},
		{"sentence end", hasSentenceEnd("It rained. Then"), true},
		{"no sentence end", hasSentenceEnd("3.5 percent"), false},
		{"most read", isRecirculation("most read today"), true},
		{"lo más leído", isRecirculation("lo más leído"), true},
		{"related stories", isRecirculation("related stories"), true},
		{"popularity is not popular", isRecirculation("popularity of the mayor"), false},
		{"an article heading", isRecirculation("the mayor speaks"), false},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.desc, tc.got, tc.want)
		}
	}
}
