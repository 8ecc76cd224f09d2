using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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

public interface IUser
{
    [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.GenerativeTraining)] string Handle { get; }
    [return: PersonalData(PersonalDataCategory.UserContent)] string LatestPost();
}

public sealed class AppUser : IUser
{
    public string Id { get; set; } = "";
    public string Handle { get; set; } = "";
    public string LatestPost() => "";
}

public abstract class Person
{
    [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining)]
    public virtual string Bio { get; set; } = "";
}

public sealed class Author : Person
{
    public string Id { get; set; } = "";
    public override string Bio { get; set; } = "";
}

[PersonalData(PersonalDataCategory.Health)]
public interface IHealthRecord
{
    string Summary { get; }
}

public sealed class Visit : IHealthRecord
{
    public string Summary { get; set; } = "";
}

[ConsentPurpose(Purposes.GenerativeTraining)]
public sealed class Essay
{
    [DataSubject] public string AuthorId { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)] public string Body { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Personalization)] public string Email { get; set; } = "";
}

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void InterfaceMemberViaInterface(IUser u) => corpus.Add({|CG0001:u.Handle|});

    public void InterfaceReturnViaInterface(IUser u) => corpus.Add({|CG0002:u.LatestPost()|});

    public void BaseMemberViaBase(Person p) => corpus.Add({|CG0001:p.Bio|});

    public void TypeLevelInterfaceViaInterface(IHealthRecord r) => corpus.Add({|CG0002:r.Summary|});

    public void ContainingTypePurpose(Essay e)
    {
        if (consent.IsGranted(e.AuthorId, Purposes.GenerativeTraining))
        {
            corpus.Add(e.Body);
            corpus.Add(e.Email);
        }
    }

    public void ContainingTypePurposeUnchecked(Essay e) => corpus.Add({|CG0001:e.Body|});
}
