package eval_test

import (
	"fmt"

	"github.com/quotelens/quotelens/internal/analysis"
	"github.com/quotelens/quotelens/internal/eval"
)

func ExampleWordF1() {
	fmt.Printf("%.3f\n", eval.WordF1("We are never going to accept joint operations", "never going to accept joint operations, she said"))
	// Output: 0.750
}

func ExampleScorePage() {
	gold := &eval.Gold{Name: "page", Quotes: []eval.GoldQuote{
		{Kind: analysis.KindDirect, Text: "We will win", Speaker: []string{"Ana Pérez", "Pérez"}},
		{Kind: analysis.KindIndirect, Text: "the deal was off", Speaker: []string{"Bo Li"}},
	}}
	id := "s1"
	pred := &analysis.Analysis{
		Quotes:   []analysis.Quote{{Kind: analysis.KindDirect, Text: "we will win!", Speaker: &id}},
		Speakers: []analysis.Speaker{{ID: "s1", Name: "Ana Perez"}},
	}
	s := eval.ScorePage(gold, pred)
	fmt.Println(eval.PyPageLine(s))
	fmt.Println(eval.HeadlineOf(s).PyLine())
	// Output:
	// page             direct   1/  1 gold   1 pred, speaker   1/  1 | indirect   0/  1 gold   0 pred | disputes 0/0 gold 0 pred
	// direct P 1.0 R 1.0 F1 1.0 speaker 1.0 | indirect F1 0.0 speaker 0.0 | disputes F1 1.0
}
