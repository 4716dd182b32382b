package eval

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/quotelens/quotelens/internal/analysis"
)

// forEach calls f(i) for every i in [0, n) on workers goroutines (≤ 0: one
// per CPU) and returns when all calls have returned.
func forEach(n, workers int, f func(i int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}

// safely runs an analysis, turning a panic in the engine into an error.
func safely(analyze func() (*analysis.Analysis, error)) (a *analysis.Analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("engine panic: %v", r)
		}
	}()
	return analyze()
}
