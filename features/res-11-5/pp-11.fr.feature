# language: fr
Fonctionnalité: Non-sanction des victimes de la traite (alinéa 11 du préambule, avec le paragraphe 2 et l'alinéa 13)
  Résolution 11/5, alinéa 11 du préambule (texte authentique) :
  « Reconnaissant également qu'il est nécessaire de suivre une approche centrée sur les victimes
  pour veiller à ce que celles-ci soient traitées avec respect et dignité et ne soient pas
  sanctionnées de manière inappropriée ou pénalisées par les lois, politiques et autres mesures
  pour des actes qu'elles ont commis en conséquence directe de leur situation de victimes de la
  traite [...] »
  Deux obligations : « non-punishment » (une disposition contraignante, tous les types de
  sanctions, appliquée en pratique, annulation des sanctions) et « non-punishment-scope » (les
  actes couverts, les infractions exclues par catégorie, les enfants).
  Couvre : alinéa 11 du préambule (non-sanction ; sa portée ; accès à des recours).

  Contexte:
    Étant donné un État qui répond
      | question | réponse            |
      | NP-1     | statutory          |
      | NP-2     | yes                |
      | NP-5     | direct_consequence |
      | NP-6     | none_excluded      |
      | NP-8     | yes                |
      | NP-3     | yes                |
      | NP-4     | yes                |

  Scénario: Une clause législative complète, appliquée et assortie de recours est respectée (PP 11)
    Alors l'obligation « res-11-5/pp-11/non-punishment » est « respectée »

  Scénario: La loi ne prévoit aucune clause de non-sanction (PP 11)
    Quand il répond « none » à NP-1
    Alors l'obligation « res-11-5/pp-11/non-punishment » est « non respectée »
    Et sa force juridique est « encourages »

  Scénario: Des lignes directrices seules ne suffisent pas (PP 11)
    Quand il répond « guidance » à NP-1
    Alors l'obligation « res-11-5/pp-11/non-punishment » est « partiellement respectée »

  Scénario: Sans réponse sur la clause elle-même, l'issue reste indécise (PP 11)
    Quand il laisse NP-1 sans réponse
    Alors l'obligation « res-11-5/pp-11/non-punishment » est « informations insuffisantes »

  Scénario: Tout acte commis en conséquence directe, aucune exclusion, enfants protégés : respectée (PP 11)
    Alors l'obligation « res-11-5/pp-11/non-punishment-scope » est « respectée »

  Scénario: Un critère limité à la contrainte ne couvre qu'une partie des actes (PP 11)
    Quand il répond « compulsion_only » à NP-5
    Alors l'obligation « res-11-5/pp-11/non-punishment-scope » est « partiellement respectée »

  Scénario: L'exclusion des infractions graves par catégorie est une limite (PP 11)
    Quand il répond « serious_excluded » à NP-6
    Alors l'obligation « res-11-5/pp-11/non-punishment-scope » est « partiellement respectée »

  Scénario: Des enfants qui doivent démontrer une contrainte ne sont pas assez protégés (PP 11)
    Quand il répond « no » à NP-8
    Alors l'obligation « res-11-5/pp-11/non-punishment-scope » est « partiellement respectée »

  Scénario: Sans disposition ni ligne directrice, aucun acte n'est couvert (PP 11)
    Quand il répond « none » à NP-1
    Alors l'obligation « res-11-5/pp-11/non-punishment-scope » est « non respectée »

  Scénario: Sans réponse sur le critère, la portée reste indécise (PP 11)
    Quand il laisse NP-5 sans réponse
    Alors l'obligation « res-11-5/pp-11/non-punishment-scope » est « informations insuffisantes »
