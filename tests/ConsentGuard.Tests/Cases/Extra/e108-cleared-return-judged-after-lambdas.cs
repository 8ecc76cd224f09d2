using System;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Headline { get; set; } = "";
}

// A [ConsentCleared] member's return is a sink; in a body with lambdas, what a lambda supplies arrives on a later pass
// than the return is first seen. The verdict is the final pass's.
public class Repo(IConsentProvider consent, List<Member> members)
{
    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public string Mixed(Member m)
    {
        var checkedHeadline = consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? m.Headline : "";
        var others = members.Select(x => x.Headline).ToList();
        return {|CG0001:checkedHeadline + others.First()|};
    }

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public string OthersOnly()
    {
        var others = members.Select(x => x.Headline).ToList();
        return {|CG0001:others.First()|};
    }

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public string AllChecked()
    {
        var cleared = members.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)).Select(x => x.Headline).ToList();
        return cleared.First();
    }

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public string CheckedOnly(Member m)
    {
        var checkedHeadline = consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? m.Headline : "";
        var count = members.Select(x => x.Headline.Length).Sum();
        return checkedHeadline + count;
    }
}
