package lexicon

import "strings"

// firstNames builds a table of first names and their gender from two
// lists.
func firstNames(male, female string) map[string]Gender {
	m := make(map[string]Gender)
	for _, w := range strings.Fields(male) {
		m[strings.ToLower(w)] = Male
	}
	for _, w := range strings.Fields(female) {
		m[strings.ToLower(w)] = Female
	}
	return m
}

// FirstNameGender returns the gender a common first name says, or
// Unknown: "Cristina Kirchner" is the woman "la vicepresidenta" and "she"
// may mean.
func (l *Language) FirstNameGender(w string) Gender {
	return l.FirstNames[strings.ToLower(w)]
}

// Common first names, by language. A name that is as often a surname or a
// word (Jordan, Paz, Rosa, Mercedes) is left out.
var (
	enFirstNames = firstNames(
		`James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
		Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason
		Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
		Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas
		Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Roger Noah Gerald Carl Terry Sean
		Austin Arthur Lawrence Jesse Dylan Bryan Joe Bruce Billy Albert Willie Gabriel Logan Alan Juan
		Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Mike Tom Tim Jim Bob
		Bill Steve Chris Dan Dave Joe Ben Nick Tony Ted Rick Greg Jeff Matt Josh Pete Boris Vladimir Xi Emmanuel
		Bernie Mitch Chuck Rudy Hunter Mario Carlos Luis Jorge Pedro Miguel Antonio Francisco Alberto
		Barack Jeb Marco Rand Newt Reince Harry Jared Corey Martin Neil Ian Colin Gordon Hugh Ivan Leon Lloyd
		Marcus Max Nathaniel Oliver Oscar Owen Phil Rob Ron Ross Simon Stanley Stuart Todd Travis Trevor
		Victor Warren Wesley Mohammed Muhammad Ahmed Hassan Recep Kurt Devin Igor Fred Howard Glenn Gavin Nigel`,
		`Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
		Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca
		Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha
		Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce
		Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline
		Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Abigail Alice Julia Judy Sophia
		Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte
		Marie Kayla Alexis Lori Hillary Nancy Kamala Fiona Ilhan Alexandria Kirsten Elizabeth Marie Angela
		Theresa Ursula Kristi Kate Katie Jane Jill Sue Meg Beth Liz Tulsi Marsha Nikki Stephanie Melanie
		Melania Heidi Wendy Tina Monica Erin Holly Stacey Carrie Claire Jenny Joanne Paula Peggy Valerie
		Vanessa Yvonne Sheila Ivanka Huma Kellyanne Sonia Sylvia Tiffany Whitney Gina Dianne Elaine Eileen
		Irene Lucy Molly Nora Penny Priscilla Rita Roberta Susie Tammy Tara Vicki Michele Nina Natasha Maxine
		Loretta Mia Ella Chloe Zoe Lily Ava Megyn Condoleezza`)
	esFirstNames = firstNames(
		`José Juan Luis Carlos Jorge Antonio Manuel Francisco Pedro Miguel Alberto Alejandro Andrés Fernando
		Ricardo Roberto Rafael Eduardo Javier Sergio Daniel Diego Pablo Raúl Óscar Oscar Enrique Mario Gustavo
		Héctor Hugo Rodrigo Ramón Víctor Martín Felipe Gabriel Ernesto Gonzalo Guillermo Ignacio Joaquín
		Julio Mauricio Nicolás Orlando Santiago Sebastián Tomás Alfredo Álvaro Arturo Emilio Esteban Federico
		Gerardo Marcelo Máximo Néstor Aníbal Evo Mauricio Iván Cristián Cristian Rubén Salvador Vicente
		Agustín Lucas Mateo Matías Horacio Leonardo Marcos Julián Camilo Hernán Lorenzo Ángel Jaime Adolfo`,
		`María Ana Carmen Laura Isabel Marta Lucía Patricia Rosa Elena Cristina Sofía Paula Andrea Claudia
		Gabriela Mónica Silvia Teresa Verónica Victoria Alejandra Beatriz Carolina Daniela Diana Fernanda
		Florencia Julia Juliana Liliana Lorena Luisa Marcela Mariana Natalia Paola Raquel Sandra Susana
		Valentina Valeria Ximena Yolanda Josefina Camila Catalina Graciela Inés Irene Leticia Lourdes Margarita
		Martina Micaela Noelia Pilar Rocío Sara Soledad Tamara Violeta Xiomara Eugenia Estela Milagros
		Adriana Ángela Alicia Antonia Cecilia Clara Elisa Esther Eva Gloria Lidia Norma Olga Virginia`)
	ptFirstNames = firstNames(
		`José João Antônio António Francisco Carlos Paulo Pedro Lucas Luiz Luís Marcos Gabriel Rafael Daniel
		Marcelo Bruno Eduardo Felipe Raimundo Rodrigo Manoel Manuel Mateus André Fernando Fábio Leonardo
		Gustavo Guilherme Leandro Tiago Thiago Anderson Ricardo Márcio Jorge Sebastião Alexandre Roberto
		Edson Diego Vítor Vitor Sérgio Cláudio Renato Ronaldo Jair Ciro Geraldo Flávio Alessandro Davi Artur
		Arthur Heitor Otávio Rogério Augusto Henrique Alberto Renan Rui Vinícius Caio Wellington Sandro`,
		`Maria Ana Francisca Antônia Antónia Adriana Juliana Márcia Fernanda Patrícia Aline Sandra Camila
		Amanda Bruna Jéssica Letícia Júlia Luciana Vanessa Mariana Gabriela Vera Vitória Larissa Cláudia
		Beatriz Luana Rita Sônia Renata Eliane Simone Tereza Teresa Regina Lúcia Cristina Carla Débora
		Daniela Helena Isabel Joana Marta Raquel Sara Tatiana Dilma Marina Gleisi Tabata Simone Rosângela
		Michelle Damares Luiza Luísa Beatriz Alice Laura Manuela Valentina Sofia Heloísa Cecília Clara`)
)
