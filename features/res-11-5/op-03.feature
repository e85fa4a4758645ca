Feature: Identifying the particular forms of trafficking and targeting prevention (OP 3, with Protocol art. 9(2) and 9(4))
  Resolution 11/5, operative paragraph 3 (unofficial translation of the authentic French):
  "Calls upon States parties to identify and counter the particular forms of trafficking in
  persons and to implement targeted crime-prevention measures, in accordance with their
  respective international obligations and domestic law, by addressing the social, economic,
  cultural, political and other factors that expose persons to trafficking, in particular
  persons in situations of vulnerability such as poverty, underdevelopment, irregular
  migration, statelessness, unemployment, inequalities, gender inequality, sexual exploitation
  and gender-based violence, discrimination, including on the basis of gender and race,
  disability, social and financial exclusion, marginalization, corruption and persecution, as
  well as humanitarian emergencies, armed conflicts and natural disasters;"
  Trafficking in Persons Protocol, article 9, paragraph 4:
  "States Parties shall take or strengthen measures, including through bilateral or
  multilateral cooperation, to alleviate the factors that make persons, especially women and
  children, vulnerable to trafficking, such as poverty, underdevelopment and lack of equal
  opportunity."
  For parties to the Protocol the same ground is binding treaty law (art. 9(4), with art. 9(2)
  on research), so the obligation takes the force of art. 9(4) ("shall"); for a State not
  party it weighs as a recommendation: the status stays, the priority drops.
  One obligation, two answers: whether the forms of trafficking and the factors exposing
  people to them have been identified (PR-3), and whether targeted prevention measures address
  those factors (PR-4). A known shortfall decides even where the other answer is missing.
  Covers: OP 3 (identifying the particular forms; targeted crime prevention addressing the
  factors of vulnerability), art. 9(4) and, for research, art. 9(2).

  Background:
    Given a State that answers
      | question | answer |
      | FW-1     | party  |
      | PR-3     | yes    |
      | PR-4     | yes    |

  Scenario: Forms of trafficking identified and targeted prevention in place is met (OP 3)
    Then the obligation "res-11-5/op-03/targeted-prevention" is "met"
    And its legal force is "shall"
    And its priority is "none"

  Scenario: Neither identification nor targeted prevention is a binding duty not met (OP 3, art. 9(4))
    When it answers "no" to PR-3
    And it answers "no" to PR-4
    Then the obligation "res-11-5/op-03/targeted-prevention" is "not_met"
    And its legal force is "shall"
    And its priority is "urgent"

  Scenario Outline: For a State not party to the Protocol the same gap weighs as a recommendation (OP 3, art. 9(4))
    When it answers "<party status>" to FW-1
    And it answers "no" to PR-3
    And it answers "no" to PR-4
    Then the obligation "res-11-5/op-03/targeted-prevention" is "not_met"
    And its priority is "high"

    Examples:
      | party status |
      | signatory    |
      | not_party    |

  Scenario Outline: Identification and targeted prevention, answer by answer (OP 3)
    When it answers "<forms identified>" to PR-3
    And it answers "<targeted measures>" to PR-4
    Then the obligation "res-11-5/op-03/targeted-prevention" is "<status>"

    Examples:
      | forms identified | targeted measures | status                   |
      | no               | yes               | partially_met            |
      | no               | partially         | partially_met            |
      | no               | unknown           | insufficient_information |
      | yes              | no                | partially_met            |
      | partially        | no                | partially_met            |
      | unknown          | no                | insufficient_information |
      | partially        | yes               | partially_met            |
      | partially        | partially         | partially_met            |
      | yes              | partially         | partially_met            |
      | yes              | unknown           | insufficient_information |
      | unknown          | yes               | insufficient_information |
      | unknown          | unknown           | insufficient_information |

  Scenario: A partial gap in a binding duty is one step less urgent (OP 3, art. 9(4))
    When it answers "partially" to PR-4
    Then the obligation "res-11-5/op-03/targeted-prevention" is "partially_met"
    And its priority is "high"

  Scenario: A partial identification decides even where the measures are not reported (OP 3)
    When it answers "partially" to PR-3
    And it leaves PR-4 unanswered
    Then the obligation "res-11-5/op-03/targeted-prevention" is "partially_met"

  Scenario: Measures that reach only some factors decide even where identification is not reported (OP 3)
    When it leaves PR-3 unanswered
    And it answers "partially" to PR-4
    Then the obligation "res-11-5/op-03/targeted-prevention" is "partially_met"

  Scenario: A missing answer on the measures leaves the outcome undecided (OP 3)
    When it leaves PR-4 unanswered
    Then the obligation "res-11-5/op-03/targeted-prevention" is "insufficient_information"

  Scenario: A missing answer on identification leaves the outcome undecided (OP 3)
    When it leaves PR-3 unanswered
    Then the obligation "res-11-5/op-03/targeted-prevention" is "insufficient_information"
