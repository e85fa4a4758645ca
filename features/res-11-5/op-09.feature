Feature: Assistance to developing countries against trafficking (OP 9, with OP 10)
  Resolution 11/5, operative paragraph 9, chapeau (unofficial translation of the authentic
  French):
  "Recognizes the need to address effectively the challenges arising from the improper use and
  misuse of information and communications technologies by persons engaged in trafficking in
  human beings, urges States to provide technical assistance to developing countries,
  including financial and material assistance, to help them combat trafficking in persons,
  according to their needs and at their request, and requests the United Nations Office on
  Drugs and Crime – and invites the other relevant United Nations entities – to assist
  requesting States in:"
  "Recognizes" asks nothing; "urges" addresses States: the legal force is "urges". The request
  to UNODC, and what sub-paragraphs (a) to (d) list, is the help a State may ask for; it is
  not checked against a State's answers (the capacities they name are checked under OP 14 for
  (a), OP 10 for (b), OP 13 for (c) and OP 11 for (d)).
  A developing country that receives such assistance is not the State this part of OP 9
  speaks to: for it the obligation is not applicable.
  One answer decides (IC-1): technical assistance with financial or material assistance,
  technical assistance only, none, or the State is itself a recipient.
  Covers: OP 9, chapeau (technical, financial and material assistance to developing
  countries), with OP 10 (international cooperation, in particular for developing countries).

  Background:
    Given a State that answers
      | question | answer                  |
      | IC-1     | financial_and_technical |

  Scenario: Technical assistance with financial or material means is met (OP 9)
    Then the obligation "res-11-5/op-09/assist-developing-countries" is "met"
    And its legal force is "urges"
    And its priority is "none"

  Scenario: Technical assistance without financial or material means is partly met (OP 9)
    When it answers "technical_only" to IC-1
    Then the obligation "res-11-5/op-09/assist-developing-countries" is "partially_met"
    And its priority is "medium"

  Scenario: No assistance to developing countries is not met, with the force of an urging (OP 9)
    When it answers "none" to IC-1
    Then the obligation "res-11-5/op-09/assist-developing-countries" is "not_met"
    And its legal force is "urges"
    And its priority is "high"

  Scenario: A developing country that receives assistance is not the State OP 9 urges (OP 9)
    When it answers "recipient" to IC-1
    Then the obligation "res-11-5/op-09/assist-developing-countries" is "not_applicable"
    And its priority is "none"

  Scenario: Not knowing whether assistance is given leaves the outcome undecided (OP 9)
    When it answers "unknown" to IC-1
    Then the obligation "res-11-5/op-09/assist-developing-countries" is "insufficient_information"
    And its priority is "medium"

  Scenario: A missing answer is never read as no assistance (OP 9)
    When it leaves IC-1 unanswered
    Then the obligation "res-11-5/op-09/assist-developing-countries" is "insufficient_information"
