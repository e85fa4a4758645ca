Feature: Non-punishment of victims of trafficking (PP 11, with OP 2 and PP 13)
  Resolution 11/5, preambular paragraph 11 (unofficial translation of the authentic French):
  "Recognizing also the need to follow a victim-centred approach so as to ensure that victims
  are treated with respect and dignity and are not inappropriately sanctioned or penalized by
  laws, policies and other measures for acts they committed as a direct consequence of their
  situation as victims of trafficking [...]"
  The obligations rest also on OP 2, which encourages States to make the best possible use of
  the Working Group's recommendations; their legal force is therefore "encourages".
  Two obligations: "non-punishment" (a binding provision, every kind of penalty, applied in
  practice, penalties set aside) and "non-punishment-scope" (which acts it covers, offences left
  out by category, children).
  Covers: PP 11 (non-punishment; its scope; access to remedies).

  Background:
    Given a State that answers
      | question | answer             |
      | NP-1     | statutory          |
      | NP-2     | yes                |
      | NP-5     | direct_consequence |
      | NP-6     | none_excluded      |
      | NP-8     | yes                |
      | NP-3     | yes                |
      | NP-4     | yes                |

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

  Scenario: Every act committed as a direct consequence, no offence left out, children covered, is met (PP 11)
    Then the obligation "res-11-5/pp-11/non-punishment-scope" is "met"
    And its legal force is "encourages"

  Scenario Outline: A narrower test, an exclusion by category or a gap for children makes the scope partly met (PP 11)
    When it answers "<answer>" to <question>
    Then the obligation "res-11-5/pp-11/non-punishment-scope" is "partially_met"

    Examples:
      | question | answer           |
      | NP-5     | compulsion_only  |
      | NP-5     | stricter         |
      | NP-6     | serious_excluded |
      | NP-6     | closed_list      |
      | NP-8     | no               |
      | NP-8     | partially        |

  Scenario: Without any provision or guidance, no act is covered (PP 11)
    When it answers "none" to NP-1
    Then the obligation "res-11-5/pp-11/non-punishment-scope" is "not_met"

  Scenario: Guidance is judged on what it covers; that it binds no one is judged apart (PP 11)
    When it answers "guidance" to NP-1
    Then the obligation "res-11-5/pp-11/non-punishment-scope" is "met"
    And the obligation "res-11-5/pp-11/non-punishment" is "partially_met"

  Scenario: An unknown test leaves the scope undecided (PP 11)
    When it answers "unknown" to NP-5
    Then the obligation "res-11-5/pp-11/non-punishment-scope" is "insufficient_information"

  Scenario: A known exclusion decides even where the test is unknown (PP 11)
    When it answers "unknown" to NP-5
    And it answers "serious_excluded" to NP-6
    Then the obligation "res-11-5/pp-11/non-punishment-scope" is "partially_met"
