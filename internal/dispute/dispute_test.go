package dispute

import "testing"

func TestFind(t *testing.T) {
	tests := []struct {
		desc  string
		items []Item
		want  []Pair // Claim, Counter only
	}{
		{"denial in the same sentence as the claim", []Item{
			{Text: "the Canadian was detained by the FBI in collaboration with Mexican authorities", Speaker: "s1", Block: 3, Sentence: "x"},
			{Text: "a joint operation", Speaker: "s2", Cue: "ruled out", Denial: true, Block: 3, Sentence: "x"},
		}, []Pair{{Claim: 0, Counter: 1}}},
		{"denial that shares words with an earlier claim", []Item{
			{Text: "the firm had been warned about drainage problems", Speaker: "s1", Block: 1},
			{Text: "prices will rise", Speaker: "s3", Block: 2},
			{Text: "his company had received any such warning", Speaker: "s2", Cue: "denied", Denial: true, Block: 3},
		}, []Pair{{Claim: 0, Counter: 2}}},
		{"a denial with nothing to answer is no dispute", []Item{
			{Text: "prices will rise", Speaker: "s1", Block: 1},
			{Text: "any wrongdoing", Speaker: "s2", Cue: "denied", Denial: true, Block: 9},
		}, nil},
		{"the same speaker does not dispute itself", []Item{
			{Text: "the firm was warned", Speaker: "s1", Block: 1},
			{Text: "the firm was warned twice", Speaker: "s1", Cue: "denied", Denial: true, Block: 1},
		}, nil},
		{"an accusation answered by the accused", []Item{
			{Text: "her of desecrating the flag", Speaker: "s2", Target: "s1", Block: 1},
			{Text: "I have no regrets about the flag shoot", Speaker: "s3", Block: 2},
			{Text: "I didn't do anything that disrespected this flag.", Speaker: "s1", Block: 6},
		}, []Pair{{Claim: 0, Counter: 2}}},
		{"negation alone is not a dispute", []Item{
			{Text: "the flag code was broken", Speaker: "s1", Block: 1},
			{Text: "the flag code was not broken", Speaker: "s2", Block: 2},
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := Find(tc.items)
			if len(got) != len(tc.want) {
				t.Fatalf("Find = %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if got[i].Claim != tc.want[i].Claim || got[i].Counter != tc.want[i].Counter {
					t.Errorf("pair %d = %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}
