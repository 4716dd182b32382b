package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotelens/quotelens/internal/article"
)

// minInterviewQuestions is the fewest questions that make a page an
// interview: one question set off alone is a rhetorical device.
const minInterviewQuestions = 2

// maxAnswerBlocks bounds the paragraphs an answer runs to after the last
// question, where the interview may give way to other matter.
const maxAnswerBlocks = 6

// minAnswerWords is the fewest words an answer paragraph needs; shorter
// lines between answers are link lists and labels.
const minAnswerWords = 8

// interview finds the answers of a question-and-answer interview: every
// paragraph after a question set off as its own paragraph ("—¿Cuál es la
// situación …?", "Q: …?") up to the next question is the interviewee's
// speech, one quotation per paragraph, as GUIDE.md records testimony.
func interview(doc *article.Document, used []bool) []Span {
	var questions []int
	for b, blk := range doc.Blocks {
		if blk.Kind == article.Paragraph && isQuestion(blk.Text) {
			questions = append(questions, b)
		}
	}
	if len(questions) < minInterviewQuestions {
		return nil
	}
	var out []Span
	for i, q := range questions {
		end := len(doc.Blocks)
		if i+1 < len(questions) {
			end = questions[i+1]
		}
		for b := q + 1; b < end && (i+1 < len(questions) || b-q <= maxAnswerBlocks); b++ {
			blk := &doc.Blocks[b]
			if blk.Kind == article.Heading {
				break
			}
			if used[b] || blk.Kind != article.Paragraph || !isAnswer(blk.Text) {
				continue
			}
			t := blk.Text
			start := len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
			stop := len(strings.TrimRightFunc(t, unicode.IsSpace))
			out = append(out, Span{Block: b, EndBlock: b, Start: start, End: stop, Origin: Answer, Open: -1, Close: -1, CloseEnd: -1})
			used[b] = true
		}
	}
	return out
}

// isQuestion reports an interviewer's question set off as a paragraph: it
// opens with a dash or a question label and ends with a question mark.
func isQuestion(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, "?") || wordCount(t) > 60 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if r == '—' || r == '–' || r == '-' {
		return true
	}
	for _, label := range []string{"P:", "Q:", "P.", "Pregunta:", "Pergunta:", "Question:"} {
		if strings.HasPrefix(t, label) {
			return true
		}
	}
	return false
}

// isAnswer reports a paragraph that reads as speech: long enough and ending
// as a sentence does.
func isAnswer(t string) bool {
	t = strings.TrimSpace(t)
	if wordCount(t) < minAnswerWords {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…”\"»)", r)
}
