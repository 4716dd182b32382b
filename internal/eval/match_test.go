package eval

import (
	"reflect"
	"testing"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		desc   string
		scores [][]float64 // [gold][pred]
		thr    float64
		want   []Pair
	}{
		{"no gold", nil, 0.5, nil},
		{"no pred", [][]float64{{}, {}}, 0.5, nil},
		{"below threshold", [][]float64{{0.49}}, 0.5, nil},
		{"at threshold", [][]float64{{0.5}}, 0.5, []Pair{{0, 0}}},
		{"best pair first", [][]float64{{0.6, 0.9}, {0.8, 0.7}}, 0.5, []Pair{{0, 1}, {1, 0}}},
		{"greedy, not optimal", [][]float64{{0.9, 0.8}, {0.85, 0}}, 0.5, []Pair{{0, 0}}},
		// Python sorts (score, gi, pi) in reverse: the higher indices win ties.
		{"all tied", [][]float64{{1, 1}, {1, 1}}, 0.5, []Pair{{1, 1}, {0, 0}}},
		{"tie on gold", [][]float64{{0.7}, {0.7}}, 0.5, []Pair{{1, 0}}},
		{"tie on pred", [][]float64{{0.7, 0.7}}, 0.5, []Pair{{0, 1}}},
		{"threshold zero keeps zero pairs", [][]float64{{0, 0}}, 0, []Pair{{0, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			np := 0
			if len(tt.scores) > 0 {
				np = len(tt.scores[0])
			}
			got := Match(len(tt.scores), np, func(gi, pi int) float64 { return tt.scores[gi][pi] }, tt.thr)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Match = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPRF(t *testing.T) {
	tests := []struct {
		desc             string
		tp, npred, ngold int
		p, r, f          float64
	}{
		{"nothing at all", 0, 0, 0, 1, 1, 1},
		{"no prediction", 0, 0, 5, 0, 0, 0},
		{"no gold", 0, 3, 0, 0, 1, 0},
		{"perfect", 4, 4, 4, 1, 1, 1},
		{"partial", 2, 4, 8, 0.5, 0.25, 2 * 0.5 * 0.25 / 0.75},
		{"none right", 0, 2, 2, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			p, r, f := PRF(tt.tp, tt.npred, tt.ngold)
			if p != tt.p || r != tt.r || f != tt.f {
				t.Errorf("PRF(%d, %d, %d) = %v, %v, %v, want %v, %v, %v", tt.tp, tt.npred, tt.ngold, p, r, f, tt.p, tt.r, tt.f)
			}
		})
	}
}
