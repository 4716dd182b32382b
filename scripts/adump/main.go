package main
import ("fmt";"os";"github.com/quotelens/quotelens/internal/article")
func main(){ f,_:=os.Open(os.Args[1]); d,err:=article.Parse(f); if err!=nil{panic(err)}
fmt.Println(d.Title, d.Lang, d.Reason)
for _,b:=range d.Blocks{ s,e:=b.PageRange(0,len(b.Text)); fmt.Printf("[%s %d] %q\n   page=%q\n", b.Kind, b.Group, b.Text, d.PageText[s:e]) } }
