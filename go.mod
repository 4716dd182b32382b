module github.com/quotelens/quotelens

go 1.26.8

require (
	github.com/syumai/workers v0.33.0
	golang.org/x/net v0.62.0
)
