Feature: Cooperation along trafficking routes and in criminal matters (OP 13, with OP 9(c))
  Resolution 11/5, operative paragraph 13 (unofficial translation of the authentic French):
  "Urges States to strengthen South-South, North-South and triangular cooperation and
  strategies aimed at combating transnational trafficking in persons along the route it
  follows, so as to promote coordinated cross-border cooperation and international and
  regional collaboration, building on existing networks of competent authorities or, where
  necessary, creating them, with a view to increasing the effectiveness of criminal justice
  measures against trafficking in persons and improving the exchange of information on good
  practices, experience gained and difficulties encountered;"
  Resolution 11/5, operative paragraph 9(c) (unofficial translation of the authentic French),
  one of the things UNODC is asked to help requesting States with:
  "Providing training and the exchange of experience on the use of international cooperation
  for mutual legal assistance, extradition and the confiscation, seizure and return of assets
  and proceeds of crime, including with a view to compensating victims, and for conducting
  joint and parallel investigations and obtaining digital evidence and testimony, bearing in
  mind the provisions of article 6, paragraph 1, of the Protocol, on protecting the privacy and
  identity of victims of trafficking in persons;"
  OP 9(c) names the tools; the force comes from OP 13, which urges coordinated cross-border
  cooperation to make criminal justice measures more effective: both obligations are "urges".
  Two obligations: "cooperation-along-routes" (cooperation with the countries of origin,
  transit and destination along the main routes, IC-6; coordinated cross-border action in the
  reporting period, IC-7) and "criminal-matters-cooperation" (four answers read in turn:
  mutual legal assistance and extradition, IC-8; confiscation for another State and return to
  compensate victims, IC-9; joint investigations, digital evidence and testimony by video
  link, IC-10; training of the officials who use them, IC-11). Without mutual legal assistance
  and extradition the rest is not read; a known shortfall decides even where a later answer is
  missing.
  Covers: OP 13 (South-South, North-South and triangular cooperation along the route;
  networks of competent authorities; coordinated cross-border action), OP 13 with OP 9(c)
  (mutual legal assistance, extradition, confiscation and return of proceeds, joint and
  parallel investigations, digital evidence and testimony, training).

  Background:
    Given a State that answers
      | question | answer |
      | IC-6     | yes    |
      | IC-7     | yes    |
      | IC-8     | yes    |
      | IC-9     | yes    |
      | IC-10    | yes    |
      | IC-11    | yes    |

  Scenario: Cooperation along the routes and every tool of cooperation in criminal matters is met (OP 13)
    Then the obligation "res-11-5/op-13/cooperation-along-routes" is "met"
    And its legal force is "urges"
    And the obligation "res-11-5/op-13/criminal-matters-cooperation" is "met"
    And its legal force is "urges"

  # --- OP 13: cooperation along the routes ------------------------------------------------

  Scenario: No cooperation along the routes and no cross-border action is not met, with the force of an urging (OP 13)
    When it answers "no" to IC-6
    And it answers "no" to IC-7
    Then the obligation "res-11-5/op-13/cooperation-along-routes" is "not_met"
    And its legal force is "urges"
    And its priority is "high"

  Scenario Outline: Cooperation along the routes and coordinated cross-border action, answer by answer (OP 13)
    When it answers "<cooperation>" to IC-6
    And it answers "<cross-border action>" to IC-7
    Then the obligation "res-11-5/op-13/cooperation-along-routes" is "<status>"

    Examples:
      | cooperation | cross-border action | status                   |
      | no          | yes                 | partially_met            |
      | no          | partially           | partially_met            |
      | no          | unknown             | insufficient_information |
      | yes         | no                  | partially_met            |
      | partially   | no                  | partially_met            |
      | unknown     | no                  | insufficient_information |
      | partially   | yes                 | partially_met            |
      | partially   | unknown             | partially_met            |
      | yes         | partially           | partially_met            |
      | unknown     | partially           | partially_met            |
      | yes         | unknown             | insufficient_information |
      | unknown     | yes                 | insufficient_information |
      | unknown     | unknown             | insufficient_information |

  Scenario: Cooperation with only some countries along the routes is partly met, of medium priority (OP 13)
    When it answers "partially" to IC-6
    Then the obligation "res-11-5/op-13/cooperation-along-routes" is "partially_met"
    And its priority is "medium"

  Scenario: A missing answer on cross-border action leaves the outcome undecided (OP 13)
    When it leaves IC-7 unanswered
    Then the obligation "res-11-5/op-13/cooperation-along-routes" is "insufficient_information"

  Scenario: A missing answer on cooperation along the routes leaves the outcome undecided (OP 13)
    When it leaves IC-6 unanswered
    Then the obligation "res-11-5/op-13/cooperation-along-routes" is "insufficient_information"

  # --- OP 13 with OP 9(c): cooperation in criminal matters --------------------------------

  Scenario: No mutual legal assistance or extradition for trafficking is not met, whatever else the law allows (OP 13, OP 9(c))
    When it answers "no" to IC-8
    Then the obligation "res-11-5/op-13/criminal-matters-cooperation" is "not_met"
    And its legal force is "urges"
    And its priority is "high"

  Scenario Outline: The tools of cooperation in criminal matters, answer by answer (OP 13, OP 9(c))
    When it answers "<assistance and extradition>" to IC-8
    And it answers "<confiscation>" to IC-9
    And it answers "<joint investigations>" to IC-10
    And it answers "<training>" to IC-11
    Then the obligation "res-11-5/op-13/criminal-matters-cooperation" is "<status>"

    Examples:
      | assistance and extradition | confiscation | joint investigations | training  | status                   |
      | unknown                    | yes          | yes                  | yes       | insufficient_information |
      | partially                  | yes          | yes                  | yes       | partially_met            |
      | partially                  | unknown      | unknown              | unknown   | partially_met            |
      | yes                        | partially    | yes                  | yes       | partially_met            |
      | yes                        | no           | yes                  | yes       | partially_met            |
      | yes                        | no           | unknown              | unknown   | partially_met            |
      | yes                        | yes          | partially            | yes       | partially_met            |
      | yes                        | yes          | no                   | yes       | partially_met            |
      | yes                        | unknown      | no                   | yes       | partially_met            |
      | yes                        | yes          | yes                  | partially | partially_met            |
      | yes                        | yes          | yes                  | no        | partially_met            |
      | yes                        | unknown      | unknown              | no        | partially_met            |
      | yes                        | unknown      | yes                  | yes       | insufficient_information |
      | yes                        | unknown      | unknown              | unknown   | insufficient_information |
      | yes                        | yes          | unknown              | yes       | insufficient_information |
      | yes                        | yes          | unknown              | unknown   | insufficient_information |
      | yes                        | yes          | yes                  | unknown   | insufficient_information |

  Scenario: Mutual legal assistance and extradition only under a treaty is partly met, of medium priority (OP 13, OP 9(c))
    When it answers "partially" to IC-8
    Then the obligation "res-11-5/op-13/criminal-matters-cooperation" is "partially_met"
    And its priority is "medium"

  Scenario: A missing answer on mutual legal assistance is never read as no assistance (OP 13, OP 9(c))
    When it leaves IC-8 unanswered
    Then the obligation "res-11-5/op-13/criminal-matters-cooperation" is "insufficient_information"

  Scenario: A missing answer on training leaves the outcome undecided (OP 13, OP 9(c))
    When it leaves IC-11 unanswered
    Then the obligation "res-11-5/op-13/criminal-matters-cooperation" is "insufficient_information"
