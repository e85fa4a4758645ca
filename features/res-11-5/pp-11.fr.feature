# language: fr
Fonctionnalité: Non-sanction des victimes de la traite (alinéa 11 du préambule, avec le paragraphe 2 et l'alinéa 13)
  Résolution 11/5, alinéa 11 du préambule (texte authentique) :
  « Reconnaissant également qu'il est nécessaire de suivre une approche centrée sur les victimes
  pour veiller à ce que celles-ci soient traitées avec respect et dignité et ne soient pas
  sanctionnées de manière inappropriée ou pénalisées par les lois, politiques et autres mesures
  pour des actes qu'elles ont commis en conséquence directe de leur situation de victimes de la
  traite [...] »
  Couvre : alinéa 11 du préambule (non-sanction ; accès à des recours).

  Contexte:
    Étant donné un État qui répond
      | question | réponse   |
      | NP-1     | statutory |
      | NP-2     | yes       |
      | NP-3     | yes       |
      | NP-4     | yes       |

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
