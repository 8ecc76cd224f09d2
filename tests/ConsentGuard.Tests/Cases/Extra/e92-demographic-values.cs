using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

// Reading chosen (SPEC §5): a property read or call on a personal value is derived from it (only .Length/.Count,
// bool results and anonymizers are not), so BirthDate.Year, (int)Gender and Email.Split('@')[1] stay personal.

public enum Gender { Unspecified, Female, Male, Other }

public sealed class MemberProfile
{
    [DataSubject] public string MemberId { get; set; } = "";

    [PersonalData(PersonalDataCategory.Demographic), ConsentPurpose(Purposes.Analytics)]
    public DateOnly BirthDate { get; set; }

    [PersonalData(PersonalDataCategory.Demographic), ConsentPurpose(Purposes.Analytics)]
    public Gender Gender { get; set; }

    [PersonalData(PersonalDataCategory.Contact)]
    public string Email { get; set; } = "";

    [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.Analytics)]
    public List<string> Skills { get; set; } = new();

    public DateTime JoinedAt { get; set; }
}

public interface IAnalytics
{
    [ConsentSink(Purposes.Analytics)] void Track(string dimension, string value);
}

public class Dashboard(IConsentProvider consent, IAnalytics analytics)
{
    public void BirthYear(MemberProfile p) => analytics.Track("birth_year", {|CG0001:p.BirthDate.Year.ToString()|});

    public void GenderCode(MemberProfile p) => analytics.Track("gender", {|CG0001:((int)p.Gender).ToString()|});

    public void GenderName(MemberProfile p) => analytics.Track("gender", {|CG0001:p.Gender.ToString()|});

    public void EmailDomain(MemberProfile p)
    {
        if (consent.IsGranted(p.MemberId, Purposes.Analytics))
            analytics.Track("domain", {|CG0002:p.Email.Split('@')[1]|});
    }

    public void TopSkill(MemberProfile p) => analytics.Track("skill", {|CG0001:p.Skills.FirstOrDefault() ?? "-"|});

    public void SkillCount(MemberProfile p) => analytics.Track("skills", p.Skills.Count.ToString());

    public void HasWorkEmail(MemberProfile p) => analytics.Track("work_email", p.Email.EndsWith("@contoso.com").ToString());

    public void Tenure(MemberProfile p) => analytics.Track("joined", p.JoinedAt.Year.ToString());

    public void Checked(MemberProfile p)
    {
        if (!consent.IsGranted(p.MemberId, Purposes.Analytics)) return;
        analytics.Track("birth_year", p.BirthDate.Year.ToString());
        analytics.Track("gender", p.Gender.ToString());
        analytics.Track("skills", string.Join(",", p.Skills.Order()));
    }
}
