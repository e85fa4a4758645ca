Feature: Assessing the gender-related risks of trafficking (OP 4(b))
  Resolution 11/5, operative paragraph 4, chapeau (unofficial translation of the authentic
  French):
  "Also calls upon States parties to take the following steps, as appropriate and in
  accordance with their respective international obligations and domestic law, drawing on
  best practices or other effective measures developed to respond to new trends in
  trafficking in persons:"
  Sub-paragraph (b) (unofficial translation of the authentic French):
  "To assess the gender-related risks that trafficking in persons poses and to integrate them
  into prevention and response measures, noting that those risks may also be compounded by
  other factors, such as discrimination on the basis of gender, age, race, ethnicity,
  migration status, disability or social and economic inequalities;"
  The step takes the chapeau's verb, "also calls upon": its legal force is "calls_upon".
  One obligation, two answers: the assessment of gender-related risks and of the factors that
  compound them (PR-8), and their integration in prevention and in the response as provided in
  law or policy (PR-9). A known shortfall decides even where the other answer is missing.
  Covers: OP 4(b) (assessment of gender-related risks; compounding factors; integration in
  prevention and response).

  Background:
    Given a State that answers
      | question | answer |
      | PR-8     | yes    |
      | PR-9     | yes    |

  Scenario: Gender-related risks assessed and integrated in prevention and response is met (OP 4(b))
    Then the obligation "res-11-5/op-04-b/gender-risks" is "met"
    And its legal force is "calls_upon"
    And its priority is "none"

  Scenario: Gender-related risks neither assessed nor integrated is not met (OP 4(b))
    When it answers "no" to PR-8
    And it answers "no" to PR-9
    Then the obligation "res-11-5/op-04-b/gender-risks" is "not_met"
    And its legal force is "calls_upon"
    And its priority is "high"

  Scenario Outline: Assessment and integration of gender-related risks, answer by answer (OP 4(b))
    When it answers "<risks assessed>" to PR-8
    And it answers "<risks integrated>" to PR-9
    Then the obligation "res-11-5/op-04-b/gender-risks" is "<status>"

    Examples:
      | risks assessed | risks integrated | status                   |
      | no             | yes              | partially_met            |
      | no             | partially        | partially_met            |
      | no             | unknown          | insufficient_information |
      | yes            | no               | partially_met            |
      | partially      | no               | partially_met            |
      | unknown        | no               | insufficient_information |
      | partially      | yes              | partially_met            |
      | partially      | unknown          | partially_met            |
      | yes            | partially        | partially_met            |
      | unknown        | partially        | partially_met            |
      | yes            | unknown          | insufficient_information |
      | unknown        | yes              | insufficient_information |
      | unknown        | unknown          | insufficient_information |

  Scenario: An assessment that leaves out the compounding factors is partly met, of medium priority (OP 4(b))
    When it answers "partially" to PR-8
    Then the obligation "res-11-5/op-04-b/gender-risks" is "partially_met"
    And its priority is "medium"

  Scenario: Measures that take gender into account without any assessment are partly met (OP 4(b))
    When it answers "no" to PR-8
    Then the obligation "res-11-5/op-04-b/gender-risks" is "partially_met"

  Scenario: A missing answer on integration leaves the outcome undecided (OP 4(b))
    When it leaves PR-9 unanswered
    Then the obligation "res-11-5/op-04-b/gender-risks" is "insufficient_information"
    And its priority is "medium"

  Scenario: A missing answer on the assessment leaves the outcome undecided (OP 4(b))
    When it leaves PR-8 unanswered
    Then the obligation "res-11-5/op-04-b/gender-risks" is "insufficient_information"

  Scenario: Integration in prevention or response only decides even where the assessment is not reported (OP 4(b))
    When it leaves PR-8 unanswered
    And it answers "partially" to PR-9
    Then the obligation "res-11-5/op-04-b/gender-risks" is "partially_met"
