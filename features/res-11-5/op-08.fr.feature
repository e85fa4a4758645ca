# language: fr
Fonctionnalité: Corruption liée à la traite (paragraphe 8, avec l'article 8 de la Convention)
  Résolution 11/5, paragraphe 8 du dispositif (texte authentique) :
  « Demande aux États parties de mener des enquêtes pénales efficaces sur la corruption liée à
  la traite des personnes et, selon qu'il convient, d'engager des poursuites, en gardant à
  l'esprit les obligations des États parties énoncées à l'article 8 de la Convention ; »
  Convention des Nations Unies contre la criminalité transnationale organisée, article 8,
  paragraphe 1 : « Chaque État Partie adopte les mesures législatives et autres nécessaires pour
  conférer le caractère d'infraction pénale, lorsque les actes ont été commis intentionnellement:
  a) Au fait de promettre, d'offrir ou d'accorder à un agent public, directement ou
  indirectement, un avantage indu [...]; b) Au fait pour un agent public de solliciter ou
  d'accepter, directement ou indirectement, un avantage indu [...] »
  Couvre : article 8, paragraphes 1 à 4 (les infractions) ; paragraphe 8 de la résolution
  (enquêtes, unités spécialisées, données).

  Contexte:
    Étant donné un État qui répond
      | question | réponse          |
      | CP-1     | both             |
      | CP-2     | yes              |
      | CP-3     | yes              |
      | CP-4     | both             |
      | CP-5     | yes              |
      | CP-6     | yes              |
      | CP-7     | conviction       |
      | CP-8     | specialised_body |
      | CP-9     | yes              |
      | CP-10    | yes              |
      | CP-11    | yes              |
      | CP-12    | yes              |
      | CP-13    | yes              |

  Scénario: Les infractions de corruption, la complicité et leur portée sont en place (art. 8(1))
    Alors l'obligation « untoc/art-08-1/bribery-offences » est « respectée »
    Et l'obligation « res-11-5/op-08/investigate-corruption » est « respectée »
    Et l'obligation « res-11-5/op-08/specialised-units » est « respectée »
    Et l'obligation « res-11-5/op-08/corruption-data » est « respectée »

  Scénario: Une loi qui n'érige pas la corruption en infraction manque à une obligation contraignante (art. 8(1))
    Quand il répond « none » à CP-1
    Alors l'obligation « untoc/art-08-1/bribery-offences » est « non respectée »
    Et sa force juridique est « shall »

  Plan du scénario: Chaque lacune des infractions rend l'obligation partiellement respectée (art. 8(1), 8(3), 8(4))
    Quand il répond « <réponse> » à <question>
    Alors l'obligation « untoc/art-08-1/bribery-offences » est « partiellement respectée »

    Exemples:
      | question | réponse      |
      | CP-1     | active_only  |
      | CP-1     | passive_only |
      | CP-2     | no           |
      | CP-3     | partially    |

  Scénario: Des cas de complicité sans enquête : obligation non respectée (OP 8)
    Quand il répond « no » à CP-6
    Alors l'obligation « res-11-5/op-08/investigate-corruption » est « non respectée »
    Et sa force juridique est « calls_upon »

  Scénario: Aucun cas de complicité pendant la période : rien à instruire (OP 8)
    Quand il répond « no » à CP-5
    Alors l'obligation « res-11-5/op-08/investigate-corruption » est « sans objet »

  Scénario: Sans condamnation, l'efficacité des enquêtes relève d'un examinateur (OP 8)
    Quand il répond « investigation » à CP-7
    Alors l'obligation « res-11-5/op-08/investigate-corruption » est « examen manuel »

  Scénario: Une unité qui n'est pas indépendante des services visés (OP 8)
    Quand il répond « no » à CP-9
    Alors l'obligation « res-11-5/op-08/specialised-units » est « partiellement respectée »

  Scénario: Sans réponse sur l'enregistrement des affaires, l'issue reste indécise (OP 8)
    Quand il laisse CP-11 sans réponse
    Alors l'obligation « res-11-5/op-08/corruption-data » est « informations insuffisantes »
