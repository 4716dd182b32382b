package lexicon

import "strings"

// clauseSets are the clause words of Data ready for look-ups.
type clauseSets struct {
	subjectAdverbs, subjectStops, invertedEnds, relatives, roleRelatives      set
	clauseBreaks, danglers, clauseOpeners, objectEnds                         set
	finiteVerbs, passiveAux, progressiveAux, modals, toVerbs, infinitiveMarks set
	questionWords, knowing, controlCues, telling, asking, saying, declining   set
	withheld, denialPreps, objectParticles, hearers                           set
	nounModifiers, nounFollowers, weekdays, titleSmallWords, namers, hypo     set
	quoteWords                                                                set
	maleHonorifics, femaleHonorifics, topics, learning, readers               set
	agentCues                                                                 set
	warnings, warningTopics, asOpeners, agentPreps, agentParticiples          set
	viewParticiples, reasonPreps                                              set
	credits, moreLabels                                                       set
	viewCues                                                                  set
	predicatives                                                              set
	namedAccording                                                            set
	qualifiers, latter, concessives, notPossessors                            set
	pastForms                                                                 set
	occasionStarts, occasionDeictics, timeUnits, occasionIn, indefinites      set
	channels                                                                  set
	existentials, possessiveObjects, genitives, notPlacePreps, beContractions set
	issuing, possessiveRelatives                                              set
}

func buildClauseSets(d Data) clauseSets {
	return clauseSets{
		subjectAdverbs: makeSet(d.SubjectAdverbs), subjectStops: makeSet(d.SubjectStops),
		invertedEnds: makeSet(d.InvertedEnds), relatives: makeSet(d.Relatives), roleRelatives: makeSet(d.RoleRelatives),
		clauseBreaks: makeSet(d.ClauseBreaks), danglers: makeSet(d.Danglers), clauseOpeners: makeSet(d.ClauseOpeners),
		objectEnds: makeSet(d.ObjectEnds), finiteVerbs: makeSet(d.FiniteVerbs), passiveAux: makeSet(d.PassiveAux),
		progressiveAux: makeSet(d.ProgressiveAux), modals: makeSet(d.Modals), toVerbs: makeSet(d.ToVerbs),
		infinitiveMarks: makeSet(d.InfinitiveMarkers), questionWords: makeSet(d.QuestionWords),
		knowing: makeSet(d.Knowing), controlCues: makeSet(d.ControlCues), telling: makeSet(d.Telling),
		asking: makeSet(d.Asking), saying: makeSet(d.Saying), declining: makeSet(d.Declining),
		withheld: makeSet(d.Withheld), denialPreps: makeSet(d.DenialPrepositions),
		objectParticles: makeSet(d.ObjectParticles), hearers: makeSet(d.Hearers),
		nounModifiers: makeSet(d.NounModifiers), nounFollowers: makeSet(d.NounFollowers),
		weekdays: makeSet(d.Weekdays), titleSmallWords: makeSet(d.TitleSmallWords), namers: makeSet(d.Namers), hypo: makeSet(d.Hypotheticals), quoteWords: makeSet(d.QuoteWords),
		maleHonorifics: makeSet(d.MaleHonorifics), femaleHonorifics: makeSet(d.FemaleHonorifics),
		topics: makeSet(d.Topics), learning: makeSet(d.Learning), readers: makeSet(d.Readers),
		agentCues: makeSet(d.AgentCues),
		warnings:  makeSet(d.Warnings), warningTopics: makeSet(d.WarningTopics), asOpeners: makeSet(d.AsOpeners),
		agentPreps: makeSet(d.AgentPrepositions), agentParticiples: makeSet(d.AgentParticiples), viewParticiples: makeSet(d.ViewParticiples),
		reasonPreps: makeSet(d.ReasonPrepositions),
		credits:     makeSet(d.Credits), moreLabels: makeSet(d.MoreLabels),
		viewCues:       makeSet(d.ViewCues),
		predicatives:   makeSet(d.Predicatives),
		namedAccording: makeSet(d.NamedAccording),
		qualifiers:     makeSet(d.Qualifiers), latter: makeSet(d.Latter),
		concessives: makeSet(d.Concessives), pastForms: makeSet(d.PastForms),
		occasionStarts: makeSet(d.OccasionStarts), occasionDeictics: makeSet(d.OccasionDeictics), timeUnits: makeSet(d.TimeUnits),
		occasionIn: makeSet(d.OccasionIn), indefinites: makeSet(d.Indefinites), channels: makeSet(d.Channels),
		existentials: makeSet(d.Existentials), possessiveObjects: makeSet(d.PossessiveObjects), genitives: makeSet(d.Genitives),
		notPlacePreps: makeSet(d.NotPlacePrepositions), beContractions: makeSet(d.BeContractions),
		issuing: makeSet(d.Issuing), possessiveRelatives: makeSet(d.PossessiveRelatives), notPossessors: makeSet(d.NotPossessors),
	}
}

// IsSubjectAdverb reports a word that may stand between a subject and its
// cue.
func (l *Language) IsSubjectAdverb(w string) bool { return l.subjectAdverbs.has(w) }

// IsSubjectStop reports a word that cannot be inside a subject.
func (l *Language) IsSubjectStop(w string) bool { return l.subjectStops.has(w) }

// IsInvertedEnd reports a word that ends a source after its cue.
func (l *Language) IsInvertedEnd(w string) bool { return l.invertedEnds.has(w) }

// IsRelative reports a relative pronoun.
func (l *Language) IsRelative(w string) bool { return l.relatives.has(w) }

// IsRoleRelative reports a word that opens a relative clause where a role
// would stand.
func (l *Language) IsRoleRelative(w string) bool { return l.roleRelatives.has(w) }

// IsClauseBreak reports a conjunction after which a new attribution starts.
func (l *Language) IsClauseBreak(w string) bool { return l.clauseBreaks.has(w) }

// IsDangler reports a word that cannot end reported content.
func (l *Language) IsDangler(w string) bool { return l.danglers.has(w) }

// IsClauseOpener reports a word that opens a fronted subordinate clause.
func (l *Language) IsClauseOpener(w string) bool { return l.clauseOpeners.has(w) }

// IsObjectEnd reports a word that opens a clause after an object.
func (l *Language) IsObjectEnd(w string) bool { return l.objectEnds.has(w) }

// IsFiniteVerb reports an auxiliary or copula that makes a clause finite.
func (l *Language) IsFiniteVerb(w string) bool { return l.finiteVerbs.has(w) }

// IsPassiveAux reports a form of "be" that makes a cue passive.
func (l *Language) IsPassiveAux(w string) bool { return l.passiveAux.has(w) }

// IsProgressiveAux reports an auxiliary of a progressive.
func (l *Language) IsProgressiveAux(w string) bool { return l.progressiveAux.has(w) }

// IsModal reports a word that stands between a subject and its verb.
func (l *Language) IsModal(w string) bool { return l.modals.has(w) }

// IsToVerb reports a verb whose infinitive carries the cue.
func (l *Language) IsToVerb(w string) bool { return l.toVerbs.has(w) }

// IsInfinitiveMarker reports the word before an infinitive ("to").
func (l *Language) IsInfinitiveMarker(w string) bool { return l.infinitiveMarks.has(w) }

// IsQuestionWord reports a word that opens a reported question.
func (l *Language) IsQuestionWord(w string) bool { return l.questionWords.has(w) }

// IsKnowing reports a belief cue that needs a complementizer.
func (l *Language) IsKnowing(key string) bool { return l.knowing.has(key) }

// IsControl reports a cue whose content is the infinitive of the one
// asked.
func (l *Language) IsControl(key string) bool { return l.controlCues.has(key) }

// IsAgentCue reports a cue that also tells what things do, which reports
// speech only from a source that can speak.
func (l *Language) IsAgentCue(key string) bool { return l.agentCues.has(key) }

// IsTelling reports a cue of telling.
func (l *Language) IsTelling(key string) bool { return l.telling.has(key) }

// IsAsking reports a cue of asking.
func (l *Language) IsAsking(key string) bool { return l.asking.has(key) }

// IsTopic reports a preposition that opens what the one asked was asked
// about.
func (l *Language) IsTopic(w string) bool { return l.topics.has(w) }

// IsWarning reports a cue of warning, whose topic may be its content.
func (l *Language) IsWarning(key string) bool { return l.warnings.has(key) }

// IsAgentPreposition reports a preposition that names the agent of a
// passive ("por", "by").
func (l *Language) IsAgentPreposition(w string) bool { return l.agentPreps.has(w) }

// IsAgentParticiple reports a participle of finding or pointing out, in
// any gender and number ("señaladas", "apontada", "identified").
func (l *Language) IsAgentParticiple(w string) bool { return l.hasForm(l.agentParticiples, w) }

// IsViewParticiple reports a participle of a passive of view, in any
// gender and number ("vista", "considerados", "seen").
func (l *Language) IsViewParticiple(w string) bool { return l.hasForm(l.viewParticiples, w) }

// IsReasonPreposition reports a preposition that opens a reason clause
// ("por", "al").
func (l *Language) IsReasonPreposition(w string) bool { return l.reasonPreps.has(w) }

// IsCueInfinitive reports the infinitive of a cue verb, known by its
// present ("entender" is "entende", "considerar" is "considera").
func (l *Language) IsCueInfinitive(w string) bool {
	if !l.IsInfinitive(w) || len(w) < 4 {
		return false
	}
	stem := w[:len(w)-2]
	return l.IsCue(stem+"a") || l.IsCue(stem+"e")
}

// IsNamedAccording reports an "according to" word that needs a name after it ("per").
func (l *Language) IsNamedAccording(w string) bool { return l.namedAccording.has(w) }

// IsPredicative reports a word that introduces what an object is seen as.
func (l *Language) IsPredicative(w string) bool { return l.predicatives.has(w) }

// IsViewCue reports a belief whose object and predicative state its content.
func (l *Language) IsViewCue(w string) bool { return l.viewCues.has(w) }

// IsAsOpener reports the words of an opening "as" clause ("tal como").
func (l *Language) IsAsOpener(words string) bool { return l.asOpeners.has(words) }

// IsWarningTopic reports a preposition that opens the topic of a warning.
func (l *Language) IsWarningTopic(w string) bool { return l.warningTopics.has(w) }

// IsLearning reports a verb by which the writer's outlet found out what it
// reports.
func (l *Language) IsLearning(w string) bool { return l.learning.has(w) }

// IsReader reports a pronoun by which the writer addresses the reader.
func (l *Language) IsReader(w string) bool { return l.readers.has(w) }

// IsSaying reports a plain cue of saying.
func (l *Language) IsSaying(key string) bool { return l.saying.has(key) }

// IsDeclining reports a cue that withholds speech.
func (l *Language) IsDeclining(key string) bool { return l.declining.has(key) }

// IsWithheld reports a verb of speech a declining cue withholds.
func (l *Language) IsWithheld(w string) bool { return l.withheld.has(w) }

// IsDenialPreposition reports a preposition after a denial whose object
// is a person.
func (l *Language) IsDenialPreposition(w string) bool { return l.denialPreps.has(w) }

// IsObjectParticle reports a particle of a stance cue's verb.
func (l *Language) IsObjectParticle(w string) bool { return l.objectParticles.has(w) }

// IsHearer reports an object pronoun or noun a cue addresses.
func (l *Language) IsHearer(w string) bool { return l.hearers.has(w) }

// IsNounModifier reports a word after which a cue word is a noun.
func (l *Language) IsNounModifier(w string) bool { return l.nounModifiers.has(w) }

// IsPossessive reports a possessor with a possessive ending ("Trump’s",
// "the company's"), not a contraction after a pronoun or a function word
// ("he's", "that's", "let's").
func (l *Language) IsPossessive(w string) bool {
	w = strings.ToLower(w)
	for _, e := range l.PossessiveEndings {
		if len(w) <= len(e) || !strings.HasSuffix(w, e) {
			continue
		}
		stem := w[:len(w)-len(e)]
		if _, ok := l.PronounOf(stem); ok {
			return false
		}
		return !l.subjectStops.has(stem) && !l.notPossessors.has(stem) && !l.determiners.has(stem) && !l.questionWords.has(stem)
	}
	return false
}

// IsNounFollower reports a word that follows a plural noun, not a verb.
func (l *Language) IsNounFollower(w string) bool { return l.nounFollowers.has(w) }

// IsWeekday reports a day of the week.
func (l *Language) IsWeekday(w string) bool { return l.weekdays.has(w) }

// IsNamer reports a word or phrase that introduces quoted words as a term,
// a name or a title.
func (l *Language) IsNamer(w string) bool { return l.namers.has(w) }

// IsHypothetical reports a word that makes the speech after it imagined.
func (l *Language) IsHypothetical(w string) bool { return l.hypo.has(w) }

// IsQuoteWord reports a word that announces a quotation in speech.
func (l *Language) IsQuoteWord(w string) bool { return l.quoteWords.has(w) }

// IsTitleSmallWord reports a word that stays lower-case in a title.
func (l *Language) IsTitleSmallWord(w string) bool { return l.titleSmallWords.has(w) }

// HonorificGender returns the gender an honorific says, without its
// period, or Unknown.
func (l *Language) HonorificGender(w string) Gender {
	switch {
	case l.maleHonorifics.has(w):
		return Male
	case l.femaleHonorifics.has(w):
		return Female
	}
	return Unknown
}

// IsCredit reports a word that opens or closes a photograph's credit.
func (l *Language) IsCredit(w string) bool { return l.credits.has(w) }

// IsMoreLabel reports the label of a link to another story ("see more").
func (l *Language) IsMoreLabel(w string) bool { return l.moreLabels.has(w) }

// IsQualifier reports a word that, right after the head noun of a source,
// opens the phrase that qualifies it: an adjective such as "familiar" or
// "cercanas", or a participle with one of the language's suffixes
// ("representing").
func (l *Language) IsQualifier(w string) bool {
	return l.qualifiers.has(w) || l.IsQualifyingParticiple(w)
}

// IsQualifyingParticiple reports a participle that may qualify the noun
// before it ("the doctors offering to operate the clinic"): a word with
// one of the language's QualifierSuffixes.
func (l *Language) IsQualifyingParticiple(w string) bool {
	for _, suf := range l.QualifierSuffixes {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// IsLatter reports a word that, after a demonstrative or a definite
// article, refers to the last person named ("latter", "última").
func (l *Language) IsLatter(w string) bool { return l.latter.has(w) }

// IsConcessive reports a word that opens a concessive or contrasting clause
// before the main one ("while", "aunque", "embora").
func (l *Language) IsConcessive(w string) bool { return l.concessives.has(w) }

// IsFunctionWord reports a word of the grammar rather than of a name: a
// preposition, a determiner, a conjunction, a clause opener, a question
// word or a connective. Capitalised at a sentence's start ("Once
// Fetter joined …", "Whether Bartleby …") it opens no name, unless it is a
// first name too. Modals are left out: "Will Smith".
func (l *Language) IsFunctionWord(w string) bool {
	w = strings.ToLower(w)
	if l.FirstNameGender(w) != Unknown {
		return false
	}
	return l.IsPreposition(w) || l.IsAdverbialStart(w) || l.IsDeterminer(w) || l.IsDemonstrative(w) ||
		l.IsCoordinator(w) || l.clauseOpeners.has(w) || l.concessives.has(w) || l.questionWords.has(w) ||
		l.relatives.has(w) || l.Connective([]string{w}) > 0
}

// OccasionAt reports an adverbial of time or occasion that opens with
// words ("during his time on MSNBC", "in an interview", "on Thursday",
// "earlier this week"); words holds the lower-case words from there on,
// at least three when there are.
func (l *Language) OccasionAt(words []string) bool {
	if len(words) == 0 {
		return false
	}
	w, next := words[0], ""
	if len(words) > 1 {
		next = words[1]
	}
	switch {
	case l.occasionStarts.has(w):
		return true
	case l.occasionDeictics.has(w):
		return l.weekdays.has(next) || l.timeUnits.has(next)
	case l.occasionIn.has(w):
		return len(words) > 2 && l.indefinites.has(next) && l.channels.has(words[2])
	}
	return false
}

// IsExistential reports a word that opens a clause with no subject of its
// own ("there").
func (l *Language) IsExistential(w string) bool { return l.existentials.has(w) }

// IsPossessiveObject reports an object pronoun that is a possessive too
// ("her").
func (l *Language) IsPossessiveObject(w string) bool { return l.possessiveObjects.has(w) }

// IsGenitive reports a preposition that names what a source belongs to
// ("of", "de").
func (l *Language) IsGenitive(w string) bool { return l.genitives.has(w) }

// IsPlacePreposition reports a preposition that opens a place, time or
// channel after a source ("in", "desde", "em"): not a particle of a name,
// a genitive or one of NotPlacePrepositions.
func (l *Language) IsPlacePreposition(w string) bool {
	return l.IsPreposition(w) && !l.IsParticle(w) && !l.genitives.has(w) && !l.notPlacePreps.has(w)
}

// IsBeContraction reports the ending of a pronoun contracted with "be"
// ("re" in "we’re").
func (l *Language) IsBeContraction(w string) bool { return l.beContractions.has(w) }

// TrimArticle drops the article that opens a phrase ("the FBI director"
// -> "FBI director", "el secretario" -> "secretario").
func (l *Language) TrimArticle(phrase string) string {
	first, rest, ok := strings.Cut(phrase, " ")
	if ok && (l.IsDefinite(strings.ToLower(first)) || l.indefinites.has(strings.ToLower(first))) {
		return rest
	}
	return phrase
}

// IsIssuing reports a verb by which a source puts out a statement, a
// letter or a post ("issued", "emitió", "divulgou").
func (l *Language) IsIssuing(w string) bool { return l.issuing.has(w) }

// IsChannel reports a statement, a letter, a post or the like.
func (l *Language) IsChannel(w string) bool { return l.channels.has(w) }

// IsPossessiveRelative reports a relative of possession ("whose", "cuyo",
// "cujo").
func (l *Language) IsPossessiveRelative(w string) bool { return l.possessiveRelatives.has(w) }

// IsAdverb reports an adverb of manner by its ending ("quickly",
// "rápidamente", "publicamente").
func (l *Language) IsAdverb(w string) bool { return hasEnding(w, l.AdverbEndings, 1) }

// IsPresent reports a verb in the third person singular of the present by
// its ending ("helps").
func (l *Language) IsPresent(w string) bool { return hasEnding(w, l.PresentEndings, 1) }
