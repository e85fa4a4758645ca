Feature: Non-punishment of victims of trafficking (PP 11, with OP 2 and PP 13)
  Resolution 11/5, preambular paragraph 11 (unofficial translation of the authentic French):
  "Recognizing also the need to follow a victim-centred approach so as to ensure that victims
  are treated with respect and dignity and are not inappropriately sanctioned or penalized by
  laws, policies and other measures for acts they committed as a direct consequence of their
  situation as victims of trafficking [...]"
  The obligation rests also on OP 2, which encourages States to make the best possible use of
  the Working Group's recommendations; its legal force is therefore "encourages".
  Covers: PP 11 (non-punishment; access to remedies).

  Background:
    Given a State that answers
      | question | answer    |
      | NP-1     | statutory |
      | NP-2     | yes       |
      | NP-3     | yes       |
      | NP-4     | yes       |

  Scenario: A statutory clause, covering every penalty, applied, with remedies, is met (PP 11)
    Then the obligation "res-11-5/pp-11/non-punishment" is "met"

  Scenario: A law with no non-punishment clause is not met (PP 11)
    When it answers "none" to NP-1
    Then the obligation "res-11-5/pp-11/non-punishment" is "not_met"
    And its legal force is "encourages"
    And its priority is "medium"

  Scenario: A missing answer on the clause itself leaves the outcome undecided (PP 11)
    When it leaves NP-1 unanswered
    Then the obligation "res-11-5/pp-11/non-punishment" is "insufficient_information"

  Scenario Outline: Each shortfall makes the obligation partly met (PP 11)
    When it answers "<answer>" to <question>
    Then the obligation "res-11-5/pp-11/non-punishment" is "partially_met"

    Examples:
      | question | answer    |
      | NP-1     | guidance  |
      | NP-2     | partially |
      | NP-2     | no        |
      | NP-3     | no        |
      | NP-4     | no        |

  Scenario: A known shortfall decides even where another answer is unknown (PP 11)
    When it answers "no" to NP-3
    And it answers "unknown" to NP-4
    Then the obligation "res-11-5/pp-11/non-punishment" is "partially_met"
